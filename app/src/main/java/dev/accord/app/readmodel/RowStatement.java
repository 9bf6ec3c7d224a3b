package dev.accord.app.readmodel;

/**
 * One write a projection makes, in SQL with named parameters ({@code :projectId}), unqualified table names (a rebuild
 * writes the same statements into a shadow schema), and whether runs of it may travel as one JDBC batch.
 *
 * @param batchable false for an {@code INSERT … VALUES … ON CONFLICT} upsert whose key may come twice in a run: the
 *     driver sends a batch of those as one multi-row statement, in which the same key twice is an error, where one
 *     after the other the later wins (an upsert in a WITH clause or an {@code INSERT … SELECT} is never merged, and
 *     may be batched)
 */
public record RowStatement(String sql, boolean batchable) {

    /** A write that runs of the same statement may send as one batch. */
    public static RowStatement batched(String sql) {
        return new RowStatement(sql, true);
    }

    /** A write always sent on its own. */
    public static RowStatement single(String sql) {
        return new RowStatement(sql, false);
    }
}
