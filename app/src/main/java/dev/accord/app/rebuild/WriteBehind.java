package dev.accord.app.rebuild;

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
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a replay's writes travel in JDBC batches while the projections stay as they are, one statement per event.
 * <p>
 * A rebuild is bound by round trips: a projection writes a row or two for each event, and each statement waits for
 * PostgreSQL's answer before the next is sent. Inside {@link #run}, the transaction's connection is seen by the
 * projections through a view that holds writes back: a prepared statement run for its update count (JdbcClient's
 * {@code update()}) is added to the batch of its SQL instead of being sent, and the batch is sent when another SQL
 * is run, before anything else is asked of the connection (a query, above all), and at the end. Runs of the same
 * write, like the timeline's insert for every event of a chunk, then cost one round trip, and the driver sends a run
 * of inserts as multi-row INSERTs (reWriteBatchedInserts). Statements still reach PostgreSQL in the order the
 * projections made them, and a query sees every write made before it. Whether a statement is a write is told by how
 * it is run, not by reading its SQL, so a write that starts with a WITH clause is held back too.
 * <p>
 * What the view gives up: a held-back write reports one row changed, because its count is not known yet, and its
 * failure surfaces at the next flush (the replay as a whole then fails). Projections never look at those counts;
 * they write idempotent upserts. An INSERT … ON CONFLICT … DO UPDATE is sent at once: the driver would send a batch
 * of them as one multi-row INSERT, in which two rows for the same key are an error, where one after the other the
 * later one wins. The driver merges only statements that begin with INSERT, so an upsert inside a WITH clause, like
 * a month of actuals with its totals, is batched and run one by one in its batch.
 */
final class WriteBehind {

    /** What the driver would merge into one multi-row statement, where a key may not come twice if it updates. */
    private static final Pattern MERGED_UPSERT =
            Pattern.compile("^\\s*INSERT\\b[\\s\\S]*\\bDO\\s+UPDATE\\b", Pattern.CASE_INSENSITIVE);

    private final Connection connection;
    /** The real statements, one per SQL, and what the projections are given for each. */
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
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args.length == 1) {
                        return statement((String) args[0]);
                    }
                    if (method.getName().equals("close")) {
                        return null; // the transaction owns the connection
                    }
                    flush();
                    return invoke(connection, method, args);
                });
    }

    /**
     * The view of a statement, made once per SQL and given to every event that runs it. Preparing sends nothing to
     * PostgreSQL, so nothing held back needs to go first.
     */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement view = views.get(sql);
        if (view == null) {
            PreparedStatement real = connection.prepareStatement(sql);
            statements.add(real);
            view = viewOf(real, !MERGED_UPSERT.matcher(sql).find());
            views.put(sql, view);
        }
        return view;
    }

    /**
     * A statement whose run for an update count joins its batch, if it may be batched; any other run (a query) sends
     * what is held back first. Everything else, its parameters above all, goes to the real statement.
     */
    private PreparedStatement viewOf(PreparedStatement real, boolean batchable) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "executeUpdate" -> {
                if (batched != real) {
                    flush();
                }
                if (args != null || !batchable) {
                    yield invoke(real, method, args);
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
        return (PreparedStatement) Proxy.newProxyInstance(
                PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
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
