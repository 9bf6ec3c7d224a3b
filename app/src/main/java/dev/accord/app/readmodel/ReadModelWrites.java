package dev.accord.app.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Where every projection sends its writes and its reads of its own rows.
 * <p>
 * Live, a write is sent at once, in the event processor's transaction. Inside {@link #batched} (the rebuild opens it
 * around each share of a chunk it replays), writes of a {@linkplain RowStatement#batchable() batchable} statement are
 * held back while the same statement follows, and sent as one JDBC batch when another statement or a read comes, and
 * at the end: a replay is bound by round trips, and runs of the same write are the rule there. Statements still reach
 * PostgreSQL in the order they were made, and a read sees every write made before it.
 */
@Component
public class ReadModelWrites {

    private final NamedParameterJdbcTemplate jdbc;
    /** The batch of the thread's current {@link #batched} work, if any. */
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    public ReadModelWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(RowStatement statement, SqlParameterSource parameters) {
        Batch current = batch.get();
        if (current == null) {
            jdbc.update(statement.sql(), parameters);
        } else if (statement.batchable()) {
            current.add(statement, parameters);
        } else {
            current.send();
            jdbc.update(statement.sql(), parameters);
        }
    }

    public <T> List<T> read(String sql, SqlParameterSource parameters, RowMapper<T> rows) {
        sendHeldBack();
        return jdbc.query(sql, parameters, rows);
    }

    /**
     * Empties the tables of a projection (children first), as its reset handler does before its processor replays
     * from the first event: the tables are those {@link ReadModelTables} lists for its processing group.
     */
    public void forget(String processingGroup) {
        List<String> tables = ReadModelTables.of(processingGroup);
        for (int i = tables.size() - 1; i >= 0; i--) {
            write(RowStatement.single("DELETE FROM " + tables.get(i)), EmptySqlParameterSource.INSTANCE);
        }
    }

    /**
     * Runs the work with its writes batched, and sends what is still held back before returning. Needs the
     * transaction the writes belong to around it.
     */
    public void batched(Runnable work) {
        if (batch.get() != null) {
            throw new IllegalStateException("Batched writes do not nest");
        }
        batch.set(new Batch());
        try {
            work.run();
            batch.get().send();
        } finally {
            batch.remove();
        }
    }

    private void sendHeldBack() {
        Batch current = batch.get();
        if (current != null) {
            current.send();
        }
    }

    /** The writes of one statement held back, in the order they were made. */
    private final class Batch {

        private RowStatement statement;
        private final List<SqlParameterSource> rows = new ArrayList<>();

        void add(RowStatement next, SqlParameterSource parameters) {
            if (!next.equals(statement)) {
                send();
                statement = next;
            }
            rows.add(parameters);
        }

        void send() {
            if (rows.isEmpty()) {
                return;
            }
            SqlParameterSource[] sending = rows.toArray(SqlParameterSource[]::new);
            rows.clear();
            jdbc.batchUpdate(statement.sql(), sending);
        }
    }
}
