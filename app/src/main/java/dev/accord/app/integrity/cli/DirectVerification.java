package dev.accord.app.integrity.cli;

import dev.accord.app.database.DatabaseAccess;
import dev.accord.app.database.EmbeddedDatabase;
import dev.accord.app.integrity.CheckpointKey;
import dev.accord.app.integrity.LedgerVerifier;
import dev.accord.app.integrity.VerifierKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Verifies the configured database from this process, the way {@code backup} reads it: Accord need not run, and the
 * verification trusts nothing Accord or the database would say. It reads Accord's own settings (application
 * properties, environment, --accord.data-dir=… and the like) to find the database and the checkpoint key file,
 * and checks against the public key derived from that file or given with --public-key, never one the database holds.
 */
final class DirectVerification {

    private final PrintStream terminal;

    DirectVerification(PrintStream terminal) {
        this.terminal = terminal;
    }

    VerifyCommand.Verdict run(String[] accordArgs, Optional<VerifierKey> givenKey, List<String> kept) {
        Settings settings = Settings.from(accordArgs);
        VerifierKey key = givenKey.orElseGet(() -> keyOf(settings.keyFile()));
        terminal.println("Verifying the ledger against " + key);
        try {
            if (settings.externalDatabase().isPresent()) {
                return verify(settings.externalDatabase().get(), key, kept);
            }
            Optional<DatabaseAccess> running = EmbeddedDatabase.runningIn(settings.dataDirectory());
            if (running.isPresent()) {
                return verify(running.get(), key, kept);
            }
            if (!Files.isDirectory(settings.dataDirectory().resolve("postgres"))) {
                throw new VerificationRefused(
                        "the data directory " + settings.dataDirectory().toAbsolutePath()
                                + " holds no ledger; set ACCORD_DATA_DIR or SPRING_DATASOURCE_URL, or use --url");
            }
            try (EmbeddedDatabase database = EmbeddedDatabase.startIn(settings.dataDirectory())) {
                return verify(database.access(), key, kept);
            }
        } catch (SQLException | IOException couldNotRead) {
            throw new VerificationRefused("the ledger could not be read: " + couldNotRead.getMessage());
        }
    }

    private VerifyCommand.Verdict verify(DatabaseAccess access, VerifierKey key, List<String> kept)
            throws SQLException {
        VerificationLine line = new VerificationLine(terminal);
        try (Connection connection = access.connect()) {
            LedgerVerifier.Result result = new LedgerVerifier(key).verify(connection, kept, line::show);
            line.end(result.verifiedEvents(), result.treeSize());
            return new VerifyCommand.Verdict(result.verifiedEvents(), result.treeSize(), kept.size(), result.failure());
        }
    }

    /** The public half of the signing key in its file: the file must be there, a verification never makes one. */
    private static VerifierKey keyOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new VerificationRefused("no checkpoint key at " + file.toAbsolutePath() + "; name the file with "
                    + "--accord.integrity.signing-key-file=… or give the public key with --public-key=…");
        }
        try {
            return CheckpointKey.parse(Files.readString(file, StandardCharsets.UTF_8))
                    .verifier();
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new VerificationRefused("the checkpoint key " + file + " cannot be read: " + unreadable.getMessage());
        }
    }

    /** Where the ledger and its key are, as Accord would find them at start, without starting Accord. */
    private record Settings(Optional<DatabaseAccess> externalDatabase, Path dataDirectory, Path keyFile) {

        static Settings from(String[] args) {
            try (ConfigurableApplicationContext nothing = new SpringApplicationBuilder(NothingToRun.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(args)) {
                Environment environment = nothing.getEnvironment();
                String url = environment.getProperty("spring.datasource.url", "");
                Path dataDirectory = Path.of(environment.getProperty("accord.data-dir", "./data"));
                String keyFile = environment.getProperty("accord.integrity.signing-key-file", "");
                return new Settings(
                        url.isBlank()
                                ? Optional.empty()
                                : Optional.of(new DatabaseAccess(
                                        url,
                                        environment.getProperty("spring.datasource.username"),
                                        environment.getProperty("spring.datasource.password"))),
                        dataDirectory,
                        keyFile.isBlank() ? dataDirectory.resolve("checkpoint-signing.key") : Path.of(keyFile));
            }
        }
    }

    /** An empty application context: only its environment is wanted. */
    static final class NothingToRun {}
}
