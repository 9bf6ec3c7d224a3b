package dev.accord.ops.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Accord's default database: the PostgreSQL it starts for itself in its data directory (ACCORD_DATA_DIR), here a
 * fresh directory for the run, deleted after it.
 * <p>
 * The harness reads the ledger directly, as Accord does: the port from PostgreSQL's own {@code postmaster.pid}
 * (it changes at every start of Accord), the role and password as configured. Left unconfigured, it tries the
 * roles {@code accord} and {@code postgres} in the databases {@code accord} and {@code postgres}, with the password
 * from the first file in the data directory whose name contains "password" (or none, as the embedded database
 * trusted local connections at first), and keeps the first that reaches a ledger.
 */
public final class EmbeddedLedger implements LedgerDatabase {

    /** Who reads the ledger: each null means "try the usual ones". */
    public record Credentials(String user, String database, Path passwordFile) {}

    private final Path directory;
    private final Credentials credentials;
    private final boolean keep;
    private volatile Connected connected;

    private record Connected(String user, String database, String password) {}

    private EmbeddedLedger(Path directory, Credentials credentials, boolean keep) {
        this.directory = directory;
        this.credentials = credentials;
        this.keep = keep;
    }

    /** A new data directory under the system's temporary directory. */
    public static EmbeddedLedger inNewDirectory(Credentials credentials, boolean keep) throws IOException {
        return new EmbeddedLedger(Files.createTempDirectory("accord-fault-").resolve("data"), credentials, keep);
    }

    public Path pgData() {
        return directory.resolve("postgres");
    }

    @Override
    public Map<String, String> accordEnvironment() {
        return Map.of("ACCORD_DATA_DIR", directory.toString());
    }

    @Override
    public String describe() {
        return "embedded PostgreSQL in " + directory + (keep ? " (kept after the run)" : " (deleted after the run)");
    }

    /** The running server's process id, from postmaster.pid; empty when none runs on the data directory. */
    public Optional<Long> postmasterPid() {
        return postmasterLine(0)
                .map(Long::parseLong)
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Override
    public Connection connect() throws SQLException {
        String port = postmasterLine(3).orElseThrow(() -> new SQLException("No PostgreSQL runs on " + pgData()));
        String server = "jdbc:postgresql://localhost:" + port + "/";
        Connected known = connected;
        if (known != null) {
            return DriverManager.getConnection(server + known.database(), known.user(), known.password());
        }
        SQLException last = null;
        for (String user : candidates(credentials.user(), "accord", "postgres")) {
            String password = password(user);
            for (String database : candidates(credentials.database(), "accord", "postgres")) {
                try {
                    Connection db = DriverManager.getConnection(server + database, user, password);
                    if (holdsLedger(db)) {
                        connected = new Connected(user, database, password);
                        return db;
                    }
                    db.close();
                } catch (SQLException refused) {
                    last = refused;
                }
            }
        }
        throw new SQLException(
                "No role and database of the embedded PostgreSQL on port " + port + " reached a "
                        + "ledger; give -Dfault.embeddedUser, -Dfault.embeddedDatabase, -Dfault.embeddedPasswordFile",
                last);
    }

    /** Stops a PostgreSQL still running on the data directory (a kill -9 leaves it), then deletes the directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        Optional<Long> orphan = postmasterPid();
        if (orphan.isPresent()) {
            try {
                PgCtl.besideServer(orphan.get())
                        .run(
                                directory.resolveSibling("pg_ctl.log"),
                                Duration.ofSeconds(60),
                                "stop",
                                "-D",
                                pgData().toString(),
                                "-m",
                                "fast",
                                "-w");
            } catch (RuntimeException | IOException notStopped) {
                ProcessHandle.of(orphan.get()).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        if (keep) {
            System.out.println("Kept " + directory);
            return;
        }
        try (Stream<Path> files = Files.walk(directory.getParent())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private Optional<String> postmasterLine(int index) {
        try {
            List<String> lines = Files.readAllLines(pgData().resolve("postmaster.pid"));
            return lines.size() > index ? Optional.of(lines.get(index).strip()) : Optional.empty();
        } catch (IOException notRunning) {
            return Optional.empty();
        }
    }

    private String password(String user) throws SQLException {
        Path file = credentials.passwordFile() != null ? credentials.passwordFile() : passwordFileInDirectory(user);
        if (file == null) {
            return "";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException unreadable) {
            throw new SQLException("Cannot read the password file " + file, unreadable);
        }
    }

    /**
     * Accord keeps its runtime role's password in database.password and its owner role's in
     * database-owner.password; the harness works as the runtime role, as Accord does.
     */
    private Path passwordFileInDirectory(String user) {
        Path runtimeRoles = directory.resolve("database.password");
        if (user.equals("accord") && Files.isRegularFile(runtimeRoles)) {
            return runtimeRoles;
        }
        try (Stream<Path> files = Files.walk(directory, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .contains("password"))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static boolean holdsLedger(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet table = sql.executeQuery("SELECT to_regclass('public.domain_event_entry') IS NOT NULL")) {
            table.next();
            return table.getBoolean(1);
        }
    }

    private static List<String> candidates(String configured, String... usual) {
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        } else {
            candidates.addAll(List.of(usual));
        }
        return candidates;
    }
}
