package dev.accord.app.rebuild;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lets a replay's writes travel in JDBC batches while the projections stay as they are, one statement per event.
 * <p>
 * A rebuild is bound by round trips: a projection writes a row or two for each event, and each statement waits for
 * PostgreSQL's answer before the next is sent. Inside {@link #run}, the transaction's connection is seen by the
 * projections through a view that holds writes back: an INSERT, UPDATE or DELETE is added to the batch of its
 * statement instead of being sent, and the batch is sent when a different statement comes, before anything else is
 * asked of the connection (a query, above all), and at the end. Runs of the same write, like the timeline's insert
 * for every event of a chunk, then cost one round trip, and the driver sends a run of inserts as multi-row INSERTs
 * (reWriteBatchedInserts). Statements still reach PostgreSQL in the order the projections made them, and a query
 * sees every write made before it.
 * <p>
 * What the view gives up: a held-back write reports one row changed, because its count is not known yet, and its
 * failure surfaces at the next flush (the replay as a whole then fails). Projections never look at those counts;
 * they write idempotent upserts. An INSERT … ON CONFLICT … DO UPDATE is sent at once: as one multi-row INSERT, two
 * rows of a batch for the same key would be an error, where one after the other the later one wins.
 */
final class WriteBehind {

    private static final Pattern HELD_BACK = Pattern.compile("^\\s*(INSERT|UPDATE|DELETE)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPSERT = Pattern.compile("\\bDO\\s+UPDATE\\b", Pattern.CASE_INSENSITIVE);

    private final Connection connection;
    /** The real statements, one per held-back SQL, and what the projections are given for each. */
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final Map<String, PreparedStatement> views = new HashMap<>();
    private PreparedStatement batched;

    private WriteBehind(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs the work with the current transaction's connection to this data source seen through a write-behind view,
     * and sends every held-back write before returning. Needs a transaction with a connection already bound (a
     * {@link org.springframework.transaction.support.TransactionTemplate} around it, say).
     */
    static void run(DataSource dataSource, Runnable work) {
        ConnectionHolder transaction = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
        if (transaction == null) {
            throw new IllegalStateException("Writing behind needs a transaction on this data source");
        }
        WriteBehind writes = new WriteBehind(transaction.getConnection());
        ConnectionHolder view = new ConnectionHolder(writes.view());
        view.setSynchronizedWithTransaction(true);
        TransactionSynchronizationManager.unbindResource(dataSource);
        TransactionSynchronizationManager.bindResource(dataSource, view);
        try {
            work.run();
            writes.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the replayed rows failed: " + e.getMessage(), e);
        } finally {
            TransactionSynchronizationManager.unbindResource(dataSource);
            TransactionSynchronizationManager.bindResource(dataSource, transaction);
            writes.closeStatements();
        }
    }

    private Connection view() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args.length == 1 && heldBack((String) args[0])) {
                        return heldBackStatement((String) args[0]);
                    }
                    if (method.getName().equals("close")) {
                        return null; // the transaction owns the connection
                    }
                    flush();
                    return invoke(connection, method, args);
                });
    }

    private boolean heldBack(String sql) {
        return views.containsKey(sql) || HELD_BACK.matcher(sql).find() && !UPSERT.matcher(sql).find();
    }

    /** The view of a held-back statement, made once per SQL and given to every event that writes it. */
    private PreparedStatement heldBackStatement(String sql) throws SQLException {
        PreparedStatement view = views.get(sql);
        if (view == null) {
            flush();
            PreparedStatement real = connection.prepareStatement(sql);
            statements.add(real);
            view = viewOf(real, sql);
            views.put(sql, view);
        }
        return view;
    }

    /** A statement whose execution joins its batch; everything else (its parameters above all) goes to the real one. */
    private PreparedStatement viewOf(PreparedStatement real, String sql) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "executeUpdate" -> {
                if (args != null) {
                    throw new SQLException("Only prepared writes can be held back: " + sql);
                }
                if (batched != real) {
                    flush();
                }
                real.addBatch();
                batched = real;
                yield 1;
            }
            case "close" -> null; // kept for the next event's write; closed at the end
            case "executeQuery", "execute", "executeLargeUpdate", "executeBatch", "addBatch", "clearBatch" -> {
                flush();
                yield invoke(real, method, args);
            }
            default -> invoke(real, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, handler);
    }

    private void flush() throws SQLException {
        if (batched != null) {
            PreparedStatement sending = batched;
            batched = null;
            sending.executeBatch();
        }
    }

    private void closeStatements() {
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                // The transaction is over either way; a statement that will not close goes with its connection.
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
