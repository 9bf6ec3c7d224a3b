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

    /**
     * The one year shared by the tests that only propose projects in it: they never set or approve its budget, approve
     * a change or read its totals, so they cannot disturb each other (the run has fewer free years than tests).
     */
    private static final int PROPOSALS_ONLY = LedgerCalendar.LAST_YEAR - 1;

    /**
     * The one year shared by the tests that propose and decide changes but never set the year's budget or approval
     * rules, nor read its totals: with no budget set every approved change takes effect, whatever the others did.
     */
    private static final int WITHOUT_BUDGET = PROPOSALS_ONLY - 1;

    private static final int[] FREE = IntStream.concat(
                    IntStream.range(2027, WITHOUT_BUDGET), IntStream.range(LedgerCalendar.FIRST_YEAR + 1, 2025))
            .toArray();
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A year to propose projects in, shared with other tests that only propose: see {@link #PROPOSALS_ONLY}. */
    public static int forProposalsOnly() {
        return PROPOSALS_ONLY;
    }

    /** A year to propose and decide changes in, shared with other such tests: see {@link #WITHOUT_BUDGET}. */
    public static int withoutBudget() {
        return WITHOUT_BUDGET;
    }

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
