package dev.accord.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.LedgerDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the replay benchmark does to a ledger it has seeded behind the application's back. */
final class SeededLedger {

    /** The token type of Axon's tracking processors on a JDBC event store. */
    private static final String GAP_AWARE_TOKEN = "org.axonframework.eventhandling.GapAwareTrackingToken";

    private SeededLedger() {}

    /**
     * Marks every streaming processor as having read up to the newest event, with the application stopped. The
     * events seeded for the replay benchmark are then read only by the rebuild being measured, not first by the
     * live processors catching up (one transaction per event each, which would take far longer than the
     * rebuild). The live read models lack the seeded projects until the rebuild switches in its tables.
     */
    static void markProcessorsCaughtUp(LedgerDatabase database) throws SQLException {
        long head = database.lastGlobalIndex();
        ObjectMapper json = new ObjectMapper();
        try (Connection db = database.connect();
                Statement select = db.createStatement();
                ResultSet tokens = select.executeQuery("SELECT processor_name, segment, token FROM token_entry");
                PreparedStatement update = db.prepareStatement(
                        "UPDATE token_entry SET token = ?, token_type = coalesce(token_type, ?), owner = NULL "
                                + "WHERE processor_name = ? AND segment = ?")) {
            while (tokens.next()) {
                ObjectNode token = tokens.getBytes("token") == null
                        ? json.createObjectNode()
                        : (ObjectNode) json.readTree(tokens.getBytes("token"));
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
    static void vacuumAnalyzeEvents(LedgerDatabase database) throws SQLException {
        try (Connection db = database.connect();
                Statement sql = db.createStatement()) {
            sql.execute("VACUUM (ANALYZE) domain_event_entry");
        }
    }

    static String eventTableSize(LedgerDatabase database) throws SQLException {
        try (Connection db = database.connect();
                Statement sql = db.createStatement();
                ResultSet size =
                        sql.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('domain_event_entry'))")) {
            size.next();
            return size.getString(1);
        }
    }
}
