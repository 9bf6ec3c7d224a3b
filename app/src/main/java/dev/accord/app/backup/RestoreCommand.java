package dev.accord.app.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.database.DatabaseAccess;
import dev.accord.app.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code java -jar accord.jar restore --from=FILE}: a backup into an empty data directory (ACCORD_DATA_DIR or
 * --accord.data-dir), or into an empty database (SPRING_DATASOURCE_URL). Accord then starts on it as on any ledger.
 * It never writes over a ledger: a target that holds anything is refused. It writes as the owner role
 * (ACCORD_DB_OWNER_USER, or the embedded database's), which keeps the history, as Accord's migrations would.
 * Exit status 0 when restored, 1 otherwise.
 */
public final class RestoreCommand {

    private RestoreCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream terminal) {
        Optional<String> from = AccordSettings.option(args, "--from");
        if (from.isEmpty() || from.get().isBlank()) {
            terminal.println("Restore refused: name the backup to read with --from=FILE");
            return 1;
        }
        Path file = Path.of(from.get()).toAbsolutePath().normalize();
        if (!Files.isReadable(file)) {
            terminal.println("Restore refused: cannot read " + file);
            return 1;
        }
        ObjectMapper json =
                new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            AccordSettings settings = AccordSettings.from(AccordSettings.withoutOptions(args, "--from"));
            long started = System.nanoTime();
            LedgerRestore restore = LedgerRestore.open(file, json);
            String target;
            try {
                if (settings.externalDatabase().isPresent()) {
                    DatabaseAccess runtime = settings.externalDatabase().get();
                    target = runtime.jdbcUrl();
                    restore.into(
                            settings.externalOwner().orElse(runtime),
                            runtime.username(),
                            settings.migrationLocations());
                } else {
                    Path dataDirectory =
                            settings.dataDirectory().toAbsolutePath().normalize();
                    refuseUnlessEmpty(dataDirectory);
                    target = dataDirectory.toString();
                    try (EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDirectory)) {
                        restore.into(
                                database.ownerAccess(), database.access().username(), settings.migrationLocations());
                    }
                }
            } finally {
                restore.close();
            }
            BackupManifest manifest = restore.manifest();
            terminal.printf(
                    "Restored %,d events (last global index %s) and %d tables at schema version %s, taken at "
                            + "%s, into %s in %.1f s%n",
                    manifest.events().count(),
                    manifest.events().lastGlobalIndex(),
                    manifest.tables().size(),
                    manifest.schemaVersion(),
                    manifest.takenAt(),
                    target,
                    Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
            // The key is not in the backup, by design: whoever holds a backup must not be able to sign checkpoints.
            terminal.println("Before starting Accord on it, put back the checkpoint key file its checkpoints were "
                    + "signed with (checkpoint-signing.key, or the file ACCORD_INTEGRITY_SIGNING_KEY_FILE names).");
            return 0;
        } catch (LedgerRestore.RestoreRefused refused) {
            terminal.println("Restore refused: " + refused.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException failed) {
            terminal.println("Restore failed: " + failed.getMessage() + ". Empty the target before trying again.");
            return 1;
        }
    }

    private static void refuseUnlessEmpty(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        if (!Files.isDirectory(dataDirectory)) {
            throw new LedgerRestore.RestoreRefused(dataDirectory + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            if (entries.findAny().isPresent()) {
                throw new LedgerRestore.RestoreRefused("the data directory " + dataDirectory + " is not empty; restore "
                        + "into a new or empty one (ACCORD_DATA_DIR or --accord.data-dir), then start Accord on it");
            }
        }
    }
}
