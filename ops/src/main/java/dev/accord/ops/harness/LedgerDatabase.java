package dev.accord.ops.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The PostgreSQL a harness runs Accord on, made for the run and removed after it: how Accord is told to use it
 * (its environment) and a connection for the harness to look at the ledger directly.
 */
public interface LedgerDatabase extends AutoCloseable {

    /** The environment variables that point Accord at this database. */
    Map<String, String> accordEnvironment();

    /** A connection to Accord's database, for reading the ledger behind the API's back. */
    Connection connect() throws SQLException;

    /** One line for a report: which server, which database. */
    String describe();

    @Override
    void close() throws Exception;

    default String serverVersion() throws SQLException {
        try (Connection db = connect();
                Statement sql = db.createStatement();
                ResultSet version = sql.executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1);
        }
    }

    /**
     * Members to act through the API. The application has no REST endpoint for adding people (administrators use
     * the People page), so they are written the way UserAccounts writes them: bcrypt hashes, cost 10. Members who
     * share a password may share its hash, which saves a bcrypt computation (~70 ms) per member.
     */
    default void addMembers(Map<String, String> usernameToSide, String password) throws SQLException {
        String hash = BCrypt.hashpw(password, BCrypt.gensalt(10));
        try (Connection db = connect();
                PreparedStatement insert = db.prepareStatement("""
                INSERT INTO user_account (username, display_name, side, role, password_hash, created_by)
                VALUES (?, ?, ?, 'MEMBER', ?, 'harness')""")) {
            for (Map.Entry<String, String> member : usernameToSide.entrySet()) {
                insert.setString(1, member.getKey());
                insert.setString(2, "Harness " + member.getKey());
                insert.setString(3, member.getValue());
                insert.setString(4, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    default void addMember(String username, String side, String password) throws SQLException {
        addMembers(Map.of(username, side), password);
    }

    default long lastGlobalIndex() throws SQLException {
        try (Connection db = connect();
                Statement sql = db.createStatement();
                ResultSet max = sql.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
            max.next();
            return max.getLong(1);
        }
    }

    /** Each streaming processor's stored position (GapAwareTrackingToken's index), lowest first. */
    default List<Long> processorPositions() throws SQLException {
        List<Long> positions = new ArrayList<>();
        try (Connection db = connect();
                Statement sql = db.createStatement();
                ResultSet tokens = sql.executeQuery("SELECT token FROM token_entry ORDER BY processor_name, segment")) {
            ObjectMapper json = new ObjectMapper();
            while (tokens.next()) {
                byte[] token = tokens.getBytes(1);
                positions.add(
                        token == null ? -1 : json.readTree(token).path("index").asLong(-1));
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("A token in token_entry is not the JSON expected", unreadable);
        }
        positions.sort(null);
        return positions;
    }
}
