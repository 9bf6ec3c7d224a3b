package dev.accord.app.rebuild;

import dev.accord.app.cluster.DirectConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One rebuild at a time among all the nodes on the database: a PostgreSQL advisory lock, held by the rebuilding node
 * on a connection of its own for the rebuild's whole run (never a pooled one: the run lasts minutes). PostgreSQL lets
 * go of it when that connection ends, so a node that dies mid-rebuild does not keep the others waiting.
 */
@Component
class RebuildLock {

    /** Accord's advisory lock key for "rebuilding the read models" (4242 is appending to the event table). */
    static final long KEY = 4243;

    private static final Logger log = LoggerFactory.getLogger(RebuildLock.class);

    private final DirectConnections connections;
    private final JdbcClient jdbc;

    RebuildLock(DirectConnections connections, JdbcClient jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
    }

    /** The lock, if no node holds it now. */
    Optional<Held> tryTake() {
        Connection connection = null;
        try {
            connection = connections.open("rebuild lock");
            if (ask(connection, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.of(new Held(connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not ask the database whether a rebuild is running", e);
        }
    }

    /** Whether some node is rebuilding now: asked without waiting, and let go at once. */
    boolean heldAnywhere() {
        return !jdbc.sql("SELECT pg_try_advisory_xact_lock_shared(?)")
                .param(KEY)
                .query(Boolean.class)
                .single();
    }

    /** The lock, until closed. */
    static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try {
                ask(connection, "SELECT pg_advisory_unlock(?)");
            } catch (SQLException e) {
                log.warn("Letting go of the rebuild lock failed ({}); closing its connection does", e.getMessage());
            } finally {
                closeQuietly(connection);
            }
        }
    }

    private static boolean ask(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the rebuild lock's connection failed", e);
            }
        }
    }
}
