package dev.accord.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.database.DatabaseAccess;
import dev.accord.app.database.HistoryOwnershipCallback;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Puts a backup into an empty database: Flyway makes the schema of the backup's version, then every table's rows are
 * copied back exactly as they were (global indexes, event ids, payload bytes), checked against the manifest, and the
 * sequences continue after them. All rows go in one transaction: a restore that fails leaves no rows behind.
 */
final class LedgerRestore {

    private final ZipFile archive;
    private final BackupManifest manifest;

    private LedgerRestore(ZipFile archive, BackupManifest manifest) {
        this.archive = archive;
        this.manifest = manifest;
    }

    /** Opens and checks a backup; the caller closes it. */
    static LedgerRestore open(Path file, ObjectMapper json) throws IOException {
        ZipFile archive = new ZipFile(file.toFile());
        try {
            ZipEntry entry = archive.getEntry(BackupManifest.FILE_NAME);
            if (entry == null) {
                throw new RestoreRefused(
                        file + " is not a complete Accord backup (it has no " + BackupManifest.FILE_NAME + ")");
            }
            BackupManifest manifest;
            try (InputStream in = archive.getInputStream(entry)) {
                manifest = json.readValue(in, BackupManifest.class);
            }
            if (!BackupManifest.FORMAT.equals(manifest.format())) {
                throw new RestoreRefused(
                        file + " is in format " + manifest.format() + "; this Accord reads " + BackupManifest.FORMAT);
            }
            return new LedgerRestore(archive, manifest);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    /**
     * As the owner role, into an empty database; the runtime role then gets what Accord's own migrations would give
     * it.
     */
    void into(DatabaseAccess target, String runtimeRole, String[] migrationLocations) throws SQLException, IOException {
        try (Connection connection = target.connect()) {
            if (!new Catalog(connection).isEmpty()) {
                throw new RestoreRefused(
                        "the target database already holds tables; a backup is restored only into " + "an empty one");
            }
        }
        migrateToTheBackupsVersion(target, runtimeRole, migrationLocations);
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            try {
                copyRowsBack(connection);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    void close() throws IOException {
        archive.close();
    }

    private void migrateToTheBackupsVersion(DatabaseAccess target, String runtimeRole, String[] locations) {
        Flyway flyway = Flyway.configure()
                .dataSource(target.jdbcUrl(), target.username(), target.password())
                .locations(locations)
                .callbacks(new HistoryOwnershipCallback(() -> runtimeRole))
                .target(MigrationVersion.fromVersion(manifest.schemaVersion()))
                .load();
        MigrationVersion wanted = MigrationVersion.fromVersion(manifest.schemaVersion());
        boolean known = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .anyMatch(wanted::equals);
        if (!known) {
            throw new RestoreRefused("the backup's schema version " + manifest.schemaVersion()
                    + " is unknown to this Accord; restore it with the Accord version that took it, or a newer one");
        }
        flyway.migrate();
    }

    private void copyRowsBack(Connection connection) throws SQLException, IOException {
        Catalog catalog = new Catalog(connection);
        if (!new HashSet<>(catalog.tables())
                .equals(new HashSet<>(manifest.tables().stream()
                        .map(BackupManifest.Table::name)
                        .toList()))) {
            throw new RestoreRefused("the backup's tables are not those of schema version " + manifest.schemaVersion()
                    + ": "
                    + manifest.tables().stream().map(BackupManifest.Table::name).toList() + " against "
                    + catalog.tables());
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table table : manifest.tables()) {
            String name = Catalog.quoted(table.name());
            try (Statement sql = connection.createStatement()) {
                // Triggers would change what is restored: the event table's hands out new global indexes.
                // Only for this transaction; the table's own rules are back before it commits.
                sql.execute("ALTER TABLE " + name + " DISABLE TRIGGER USER");
            }
            MessageDigest sha256 = LedgerBackup.sha256();
            long rows;
            try (InputStream in = new DigestInputStream(archive.getInputStream(entry(table.file())), sha256)) {
                rows = copy.copyIn("COPY " + name + " (" + Catalog.quoted(table.columns()) + ") FROM STDIN", in);
            }
            String checksum = HexFormat.of().formatHex(sha256.digest());
            if (rows != table.rows() || !checksum.equals(table.sha256())) {
                throw new RestoreRefused(
                        "table " + table.name() + " in the backup is damaged: " + rows + " rows with " + "checksum "
                                + checksum + ", the manifest says " + table.rows() + " rows with " + table.sha256());
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("ALTER TABLE " + name + " ENABLE TRIGGER USER");
            }
        }
        try (PreparedStatement sql = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
            for (BackupManifest.Sequence sequence : manifest.sequences()) {
                sql.setString(1, Catalog.quoted(sequence.name()));
                sql.setLong(2, sequence.lastValue());
                sql.setBoolean(3, sequence.isCalled());
                sql.execute();
            }
        }
        try (Statement sql = connection.createStatement()) {
            // Claims of event processors that ran on the old server: nobody holds them now, and the new server
            // should not wait out their timeout before its projections move.
            sql.execute("UPDATE token_entry SET owner = NULL");
        }
    }

    private ZipEntry entry(String file) {
        ZipEntry entry = archive.getEntry(file);
        if (entry == null) {
            throw new RestoreRefused("the backup lacks " + file + ", which its manifest lists");
        }
        return entry;
    }

    /** Why a backup cannot be restored, in one sentence for the operator. */
    static final class RestoreRefused extends RuntimeException {
        RestoreRefused(String message) {
            super(message);
        }
    }
}
