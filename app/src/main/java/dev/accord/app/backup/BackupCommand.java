package dev.accord.app.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accord.app.database.DataDirectoryUnusableException;
import dev.accord.app.database.DatabaseAccess;
import dev.accord.app.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code java -jar accord.jar backup --to=FILE}: the whole ledger, as one consistent moment, into one file, while
 * Accord keeps serving.
 * <p>
 * It connects to the database itself, as Accord does, rather than asking Accord over HTTP: PostgreSQL is a server
 * that serves a second client while Accord writes, the rows never pass through Accord's memory, and it works the
 * same whether Accord runs or not. With SPRING_DATASOURCE_URL it reads that database with the same credentials. With
 * the embedded database it reads the data directory (ACCORD_DATA_DIR or --accord.data-dir): when Accord runs there,
 * it connects to that server with the password kept beside the data, which only the owner of the data directory may
 * read; when it does not, it starts the database itself for the time of the backup.
 * <p>
 * The file is complete or absent: it is written under another name, forced to the disk, then renamed.
 * Exit status 0 when the backup is written, 1 otherwise.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream terminal) {
        Optional<String> to = AccordSettings.option(args, "--to");
        if (to.isEmpty() || to.get().isBlank()) {
            terminal.println("Backup refused: name the file to write with --to=FILE");
            return 1;
        }
        Path file = Path.of(to.get()).toAbsolutePath().normalize();
        if (Files.exists(file)) {
            terminal.println("Backup refused: " + file + " already exists; name a new file");
            return 1;
        }
        try {
            AccordSettings settings = AccordSettings.from(AccordSettings.withoutOptions(args, "--to"));
            long started = System.nanoTime();
            BackupManifest manifest = withDatabase(settings, access -> write(access, file));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            terminal.printf(
                    "Backed up %,d events (last global index %s) and %d tables at schema version %s into %s "
                            + "(%,d bytes) in %.1f s%n",
                    manifest.events().count(),
                    manifest.events().lastGlobalIndex(),
                    manifest.tables().size(),
                    manifest.schemaVersion(),
                    file,
                    Files.size(file),
                    took.toMillis() / 1000.0);
            return 0;
        } catch (IOException | SQLException | RuntimeException failed) {
            terminal.println("Backup failed, nothing was written to " + file + ": " + failed.getMessage());
            return 1;
        }
    }

    private static BackupManifest write(DatabaseAccess access, Path file) throws SQLException, IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        ObjectMapper json =
                new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try (Connection connection = access.connect();
                FileChannel channel =
                        FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            BackupManifest manifest = new LedgerBackup(connection, json).writeTo(out);
            out.flush();
            channel.force(true);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** The configured database: external, the running Accord's embedded one, or the embedded one started here. */
    private static BackupManifest withDatabase(AccordSettings settings, Work work) throws SQLException, IOException {
        if (settings.externalDatabase().isPresent()) {
            return work.on(settings.externalDatabase().get());
        }
        Optional<DatabaseAccess> running = EmbeddedDatabase.runningIn(settings.dataDirectory());
        if (running.isPresent()) {
            return work.on(running.get());
        }
        if (!Files.isDirectory(settings.dataDirectory().resolve("postgres"))) {
            throw new DataDirectoryUnusableException(settings.dataDirectory(), "it holds no ledger");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.startIn(settings.dataDirectory())) {
            return work.on(database.access());
        }
    }

    private interface Work {
        BackupManifest on(DatabaseAccess access) throws SQLException, IOException;
    }
}
