package dev.accord.app.support;

import dev.accord.domain.shared.LedgerCalendar;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A fiscal year no other test of this run uses, so year budgets and allocations never interfere: first the years
 * after the demo history's (2025 and 2026), then those before it. The first and the last year the ledger accepts
 * are kept for the tests of those limits (ReadModelsStoreWhatTheDomainAcceptsIT).
 */
public final class FiscalYears {

    private static final int[] FREE = IntStream.concat(
                    IntStream.range(2027, LedgerCalendar.LAST_YEAR),
                    IntStream.range(LedgerCalendar.FIRST_YEAR + 1, 2025))
            .toArray();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private FiscalYears() {}

    public static int unused() {
        int next = NEXT.getAndIncrement();
        if (next >= FREE.length) {
            throw new IllegalStateException("The tests have used all " + FREE.length + " fiscal years the ledger "
                    + "accepts apart from the demo's and the limits'; give some test a year it shares safely");
        }
        return FREE[next];
    }
}
