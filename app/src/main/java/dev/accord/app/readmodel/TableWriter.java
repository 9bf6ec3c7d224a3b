package dev.accord.app.readmodel;

import java.util.List;

/**
 * The one class through which a projection writes one read-model table: a method per intent ({@code add},
 * {@code approve}, {@code close}), each sending one {@link RowStatement} through {@link ReadModelWrites}. It names
 * its table and every statement it sends, reads of its own rows included, so that ProjectionContractTest can check
 * them against the projection contract (see the package documentation of {@code dev.accord.app.rebuild}).
 */
public interface TableWriter {

    /** The table this writer keeps, unqualified, as listed in {@link ReadModelTables}. */
    String table();

    /** Every statement it writes with. */
    List<RowStatement> writes();

    /** Every query it reads its projection's rows with, if any. */
    default List<String> reads() {
        return List.of();
    }
}
