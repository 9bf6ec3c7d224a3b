package dev.accord.app.database;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (a restart, a broken or closed connection) rather than
 * that it refused what was sent. The first passes when the database is back; the second does not.
 */
public final class ConnectionFailures {

    private ConnectionFailures() {}

    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (connectionState(sql.getSQLState())
                            // HikariCP's proxy after its connection broke: no SQL state, this message
                            || "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of class 08 (connection exception) and 57P (the server shut down or cannot connect now). */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
