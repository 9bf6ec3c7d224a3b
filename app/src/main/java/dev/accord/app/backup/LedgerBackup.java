package dev.accord.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes every table of the ledger's schema, as one consistent moment, into a ZIP archive: each table's rows in
 * PostgreSQL's COPY text format (exact for every type, bytea included), then manifest.json with the schema version,
 * the row counts, SHA-256 checksums and the sequences' positions.
 * <p>
 * The moment is a REPEATABLE READ snapshot: the backup reads while Accord keeps writing, blocks no writer, and sees
 * no append that committed after it began. Events are appended one committed transaction at a time (see
 * V1__create_event_store.sql), so the snapshot holds every event up to some global index and none after it.
 */
final class LedgerBackup {

    private static final int ATTEMPTS = 3;

    private final Connection connection;
    private final ObjectMapper json;

    LedgerBackup(Connection connection, ObjectMapper json) {
        this.connection = connection;
        this.json = json;
    }

    BackupManifest writeTo(OutputStream out) throws SQLException, IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return snapshotInto(out);
            } catch (TablesChanged changed) {
                // A migration created or dropped a table between listing and locking: list them again.
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("the schema kept changing while the backup began; try again");
                }
            }
        }
    }

    private BackupManifest snapshotInto(OutputStream out) throws SQLException, IOException {
        Catalog catalog = new Catalog(connection);
        connection.setAutoCommit(true);
        List<String> listed = catalog.tables();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            // The locks come before the snapshot (PostgreSQL takes it at the first query, not at LOCK), so no table
            // can be dropped or swapped for a new one, such as a rebuild's copy, between the snapshot and its COPY:
            // a table created after the snapshot would look empty in it. ACCESS SHARE conflicts with no writer.
            try {
                catalog.lockForReading(listed);
            } catch (SQLException dropped) {
                if ("42P01".equals(dropped.getSQLState())) { // undefined_table
                    throw new TablesChanged();
                }
                throw dropped;
            }
            List<String> tables = catalog.tables();
            if (!tables.equals(listed)) {
                throw new TablesChanged();
            }
            Instant takenAt = Instant.now();
            BackupManifest.Events events = catalog.events();
            List<BackupManifest.Sequence> sequences = catalog.sequences();
            String schemaVersion = catalog.schemaVersion();
            String postgresVersion = catalog.postgresVersion();

            ZipOutputStream zip = new ZipOutputStream(out);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<BackupManifest.Table> copied = new ArrayList<>();
            for (String table : catalog.parentsFirst(tables)) {
                List<String> columns = catalog.columns(table);
                String file = "tables/" + table + ".copy";
                zip.putNextEntry(new ZipEntry(file));
                MessageDigest sha256 = sha256();
                long rows = copy.copyOut(
                        "COPY " + Catalog.quoted(table) + " (" + Catalog.quoted(columns) + ") TO STDOUT",
                        new DigestOutputStream(new KeepOpen(zip), sha256));
                zip.closeEntry();
                copied.add(new BackupManifest.Table(
                        table, columns, rows, file, HexFormat.of().formatHex(sha256.digest())));
            }
            BackupManifest manifest = new BackupManifest(
                    BackupManifest.FORMAT, takenAt, postgresVersion, schemaVersion, events, copied, sequences);
            zip.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
            json.writerWithDefaultPrettyPrinter().writeValue(new KeepOpen(zip), manifest);
            zip.closeEntry();
            zip.finish();
            return manifest;
        } finally {
            connection.rollback(); // read only: nothing to keep, and the locks go at once
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The driver and Jackson close what they write to; the archive must stay open for the next entry. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class TablesChanged extends RuntimeException {}
}
