package dev.accord.app.readmodel;

import java.util.List;

/**
 * A class through which a projection reads its own rows ({@link ReadModelWrites#read}), whether to write from them
 * or to publish what it wrote: it names every query it sends, so that ProjectionContractTest can check that each
 * touches only the projection's tables (docs/projections.md, rule 1). Every {@link TableWriter} is one.
 */
public interface TableReader {

    /** Every query it reads its projection's rows with. */
    List<String> reads();
}
