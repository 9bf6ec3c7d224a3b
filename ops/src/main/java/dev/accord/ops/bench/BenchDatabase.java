package dev.accord.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of PostgreSQL made for one run and dropped after it, so figures never depend on what an earlier run
 * left behind. The application creates every table itself (Flyway) when it starts on it.
 */
final class BenchDatabase implements AutoCloseable {

    /** The token type of Axon's tracking processors on a JDBC event store. */
    private static final String GAP_AWARE_TOKEN = "org.axonframework.eventhandling.GapAwareTrackingToken";

    private final String serverUrl;
    private final String user;
    private final String name;
    private final boolean keep;

    private BenchDatabase(String serverUrl, String user, String name, boolean keep) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.name = name;
        this.keep = keep;
    }

    static BenchDatabase create(BenchSettings settings) throws SQLException {
        String name = "accord_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        BenchDatabase database = new BenchDatabase(settings.pgUrl(), settings.pgUser(), name,
                settings.keepDatabase());
        try (Connection server = database.connect("postgres"); Statement sql = server.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        return database;
    }

    String name() {
        return name;
    }

    String jdbcUrl() {
        return serverUrl + name;
    }

    String user() {
        return user;
    }

    Connection connect() throws SQLException {
        return connect(name);
    }

    /** A connection with driver options, such as {@code reWriteBatchedInserts=true}. */
    Connection connectWith(String options) throws SQLException {
        return DriverManager.getConnection(serverUrl + name + "?" + options, user, "");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(serverUrl + database, user, "");
    }

    String serverVersion() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement();
             ResultSet version = sql.executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1);
        }
    }

    /**
     * Members to act through the API. The application has no REST endpoint for adding people (administrators use
     * the People page), so they are written the way UserAccounts writes them: bcrypt hashes, cost 10.
     */
    void addMember(String username, String side, String password) throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO user_account (username, display_name, side, role, password_hash, created_by)
                VALUES (?, ?, ?, 'MEMBER', ?, 'benchmark')""")) {
            insert.setString(1, username);
            insert.setString(2, "Bench " + username);
            insert.setString(3, side);
            insert.setString(4, BCrypt.hashpw(password, BCrypt.gensalt(10)));
            insert.executeUpdate();
        }
    }

    long lastGlobalIndex() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement();
             ResultSet max = sql.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
            max.next();
            return max.getLong(1);
        }
    }

    /** Each streaming processor's stored position (GapAwareTrackingToken's index), lowest first. */
    List<Long> processorPositions() throws SQLException {
        List<Long> positions = new ArrayList<>();
        try (Connection db = connect(); Statement sql = db.createStatement();
             ResultSet tokens = sql.executeQuery("SELECT token FROM token_entry ORDER BY processor_name, segment")) {
            ObjectMapper json = new ObjectMapper();
            while (tokens.next()) {
                byte[] token = tokens.getBytes(1);
                positions.add(token == null ? -1 : json.readTree(token).path("index").asLong(-1));
            }
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("A token in token_entry is not the JSON expected", unreadable);
        }
        positions.sort(null);
        return positions;
    }

    /**
     * Marks every streaming processor as having read up to the newest event, with the application stopped. The
     * events seeded for the replay benchmark are then read only by the rebuild being measured, not first by the
     * live processors catching up (one transaction per event each, which would take far longer than the
     * rebuild). The live read models lack the seeded projects until the rebuild switches in its tables.
     */
    void markProcessorsCaughtUp() throws SQLException {
        long head = lastGlobalIndex();
        ObjectMapper json = new ObjectMapper();
        try (Connection db = connect();
             Statement select = db.createStatement();
             ResultSet tokens = select.executeQuery("SELECT processor_name, segment, token FROM token_entry");
             PreparedStatement update = db.prepareStatement(
                     "UPDATE token_entry SET token = ?, token_type = coalesce(token_type, ?), owner = NULL "
                             + "WHERE processor_name = ? AND segment = ?")) {
            while (tokens.next()) {
                ObjectNode token = tokens.getBytes("token") == null
                        ? json.createObjectNode() : (ObjectNode) json.readTree(tokens.getBytes("token"));
                token.put("index", head);
                token.putArray("gaps");
                update.setBytes(1, json.writeValueAsString(token).getBytes(StandardCharsets.UTF_8));
                update.setString(2, GAP_AWARE_TOKEN);
                update.setString(3, tokens.getString("processor_name"));
                update.setInt(4, tokens.getInt("segment"));
                update.executeUpdate();
            }
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("A token in token_entry is not the JSON expected", unreadable);
        }
    }

    /** Sets hint bits and statistics once, so that the first timed read does not pay for the bulk load. */
    void vacuumAnalyzeEvents() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("VACUUM (ANALYZE) domain_event_entry");
        }
    }

    String eventTableSize() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet size = sql.executeQuery(
                "SELECT pg_size_pretty(pg_total_relation_size('domain_event_entry'))")) {
            size.next();
            return size.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (keep) {
            System.out.println("Kept database " + name + " (bench.keepDatabase=true)");
            return;
        }
        try (Connection server = connect("postgres"); Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
