package dev.accord.ops.fault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * PostgreSQL going down hard under Accord and coming back: an immediate shutdown (no checkpoint, the server
 * recovers from its write-ahead log at the next start, as after a crash), then a start.
 */
interface DatabaseRestart {

    Duration PATIENCE = Duration.ofSeconds(90);

    /** What is restarted and how, for the report. */
    String describe();

    /** Whether this run can restart its PostgreSQL at all (a remote server needs a command to do it). */
    default boolean possible() {
        return true;
    }

    /**
     * Restarts in immediate mode and returns once the server accepts connections again and is a new server
     * (its start time moved); how long that took.
     */
    Duration restart() throws Exception;

    /** Makes sure the server runs, whatever happened to the run: never leave a shared server down. */
    default void ensureRunning() {}

    /** The server's start time: a restart that happened moves it. */
    interface Server {
        Connection connect() throws SQLException;

        default OffsetDateTime startedAt() throws SQLException {
            try (Connection db = connect();
                    Statement sql = db.createStatement();
                    ResultSet started = sql.executeQuery("SELECT pg_postmaster_start_time()")) {
                started.next();
                return started.getObject(1, OffsetDateTime.class);
            }
        }

        default boolean accepting() {
            try (Connection db = connect()) {
                return db.isValid(2);
            } catch (SQLException notYet) {
                return false;
            }
        }

        /** Waits until the server accepts connections; false if it did not within the patience. */
        default boolean awaitAccepting(Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                if (accepting()) {
                    return true;
                }
                Thread.sleep(200);
            }
            return false;
        }
    }
}
