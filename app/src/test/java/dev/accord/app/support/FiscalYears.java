package dev.accord.app.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fiscal year no other test of this run uses, so year budgets and allocations never interfere. Starts after
 * the demo history's years; the ledger accepts years up to 2100.
 */
public final class FiscalYears {

    private static final AtomicInteger NEXT = new AtomicInteger(2030);

    private FiscalYears() {
    }

    public static int unused() {
        return NEXT.getAndIncrement();
    }
}
