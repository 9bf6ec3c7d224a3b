package dev.accord.app.database;

import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration, on Flyway's connection (the owner's) and in its transaction: {@link HistoryOwnership}.
 * Flyway migrates at every start, so a data directory or database from before the owner role is put right then.
 */
public final class HistoryOwnershipCallback implements Callback {

    /** The role Accord runs as, asked of its own connections when needed. */
    public interface RuntimeRole {
        String name() throws SQLException;
    }

    private final RuntimeRole runtimeRole;

    public HistoryOwnershipCallback(RuntimeRole runtimeRole) {
        this.runtimeRole = runtimeRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            HistoryOwnership.apply(context.getConnection(), runtimeRole.name());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the history to the owner role: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "accord-history-ownership";
    }
}
