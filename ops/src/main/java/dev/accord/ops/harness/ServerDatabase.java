package dev.accord.ops.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A database made for one run on a PostgreSQL server (the machine's own by default) and dropped after it, so
 * figures never depend on what an earlier run left behind. The application creates every table itself (Flyway)
 * when it starts on it. The password, if the server asks for one, comes from PGPASSWORD as for psql.
 */
public final class ServerDatabase implements LedgerDatabase {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;
    private final boolean keep;

    private ServerDatabase(String serverUrl, String user, String name, boolean keep) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = System.getenv().getOrDefault("PGPASSWORD", "");
        this.name = name;
        this.keep = keep;
    }

    /** Creates {@code <prefix><yyyyMMdd_HHmmss>} on the server at {@code serverUrl} (jdbc:postgresql://host:port/). */
    public static ServerDatabase create(String serverUrl, String user, String prefix, boolean keep)
            throws SQLException {
        String name = prefix + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        ServerDatabase database = new ServerDatabase(serverUrl, user, name, keep);
        try (Connection server = database.connectToServer();
                Statement sql = server.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        return database;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return serverUrl + name;
    }

    public String user() {
        return user;
    }

    @Override
    public Map<String, String> accordEnvironment() {
        return Map.of(
                "SPRING_DATASOURCE_URL",
                jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME",
                user,
                "SPRING_DATASOURCE_PASSWORD",
                password,
                // Every Accord of this run signs this database's checkpoints with one key of its own, kept outside
                // the working directory's ./data.
                "ACCORD_INTEGRITY_SIGNING_KEY_FILE",
                System.getProperty("java.io.tmpdir") + "/" + name() + ".checkpoint-signing.key");
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl + name, user, password);
    }

    /** A connection to the server's maintenance database, which exists while the run's database may not. */
    public Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(serverUrl + "postgres", user, password);
    }

    /** A connection with driver options, such as {@code reWriteBatchedInserts=true}. */
    public Connection connectWith(String options) throws SQLException {
        return DriverManager.getConnection(serverUrl + name + "?" + options, user, password);
    }

    @Override
    public String describe() {
        return "database " + name + " on " + serverUrl + (keep ? " (kept after the run)" : " (dropped after the run)");
    }

    @Override
    public void close() throws SQLException {
        if (keep) {
            System.out.println("Kept database " + name);
            return;
        }
        try (Connection server = connectToServer();
                Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
