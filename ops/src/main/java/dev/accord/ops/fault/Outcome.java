package dev.accord.ops.fault;

import java.time.Duration;
import java.util.List;

/**
 * One row of the results table: what was acknowledged (answered 2xx), what of that the ledger lacks (lost) or holds
 * more than once (duplicated), how many answers were 5xx, the slowest answer, the verdict and why.
 * A count that does not apply to the row is null and printed as a dash.
 */
record Outcome(
        String scenario,
        Integer acknowledged,
        Integer lost,
        Integer duplicated,
        Integer serverErrors,
        Duration slowest,
        Verdict verdict,
        List<String> notes) {

    static Outcome failed(String scenario, String why) {
        return new Outcome(scenario, null, null, null, null, null, Verdict.FAIL, List.of(why));
    }

    boolean passed() {
        return verdict == Verdict.PASS;
    }
}
