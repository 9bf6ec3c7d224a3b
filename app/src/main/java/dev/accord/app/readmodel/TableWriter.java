package dev.accord.app.readmodel;

import java.util.List;

/**
 * The one class through which a projection writes one read-model table: a method per intent ({@code add},
 * {@code approve}, {@code close}), each sending one {@link RowStatement} through {@link ReadModelWrites}. It names
 * its table, every statement it sends and every query it reads with, so that ProjectionContractTest can check them
 * against the projection contract (docs/projections.md).
 */
public interface TableWriter extends TableReader {

    /** The table this writer keeps, unqualified, as listed in {@link ReadModelTables}. */
    String table();

    /** Every statement it writes with; each writes {@link #table()}, and may write {@link #alsoWrites()} too. */
    List<RowStatement> writes();

    /**
     * Other tables of the same projection that some of its statements write besides its own, each kept by its own
     * writer otherwise: one statement across two tables, where a rebuild needs the one round trip (say why at the
     * statement). None by default.
     */
    default List<String> alsoWrites() {
        return List.of();
    }

    /** Every query it reads its projection's rows with, if any. */
    @Override
    default List<String> reads() {
        return List.of();
    }
}
