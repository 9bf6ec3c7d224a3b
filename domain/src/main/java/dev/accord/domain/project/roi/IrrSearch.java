package dev.accord.domain.project.roi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Finds the rate at which the NPV of a series of flows is zero. The only place that leaves BigDecimal: the root
 * search runs on doubles, but each NPV it asks for is computed by {@link RoiCalculator#npv} and only then turned
 * into a double, so search and reported NPV agree. Brent's method and BigDecimal are both deterministic, so the
 * same flows always give the same root.
 */
final class IrrSearch {

    /** As fractions: -99.99 % keeps (1 + r) away from zero; above 1000 % an IRR says nothing a reader can use. */
    static final double LOWEST_RATE = -0.9999;

    static final double HIGHEST_RATE = 10.0;

    // Brent's tolerance is 2 * relative * |r| + absolute; 1e-14 is as tight as doubles allow without stalling,
    // and far below the 1e-6 (0.0001 %) that the rounded figure shows.
    private static final double RELATIVE_ACCURACY = 1e-14;
    private static final double ABSOLUTE_ACCURACY = 1e-14;
    private static final double FUNCTION_VALUE_ACCURACY = 1e-15;
    private static final int MAX_EVALUATIONS = 500;

    private IrrSearch() {}

    /** The IRR in percent at full precision, or empty when there is none in the bracket. */
    static Optional<BigDecimal> ratePercent(List<BigDecimal> flows) {
        if (!changesSign(flows)) {
            // Without a sign change the NPV is positive (or negative) at every rate: there is no IRR.
            return Optional.empty();
        }
        UnivariateFunction npvAt =
                rate -> RoiCalculator.npv(flows, percent(rate)).doubleValue();
        int low = Double.compare(npvAt.value(LOWEST_RATE), 0.0);
        int high = Double.compare(npvAt.value(HIGHEST_RATE), 0.0);
        if (low == 0) {
            return Optional.of(percent(LOWEST_RATE));
        }
        if (high == 0) {
            return Optional.of(percent(HIGHEST_RATE));
        }
        if (low == high) {
            // Same sign at both ends: the root, if any, lies outside the rates we are willing to report.
            return Optional.empty();
        }
        try {
            BrentSolver solver = new BrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, FUNCTION_VALUE_ACCURACY);
            return Optional.of(percent(solver.solve(MAX_EVALUATIONS, npvAt, LOWEST_RATE, HIGHEST_RATE)));
        } catch (MathIllegalStateException noConvergence) {
            // Bracketed roots converge long before the limit; should one not, reporting no IRR beats a wrong one.
            return Optional.empty();
        }
    }

    static boolean changesSign(List<BigDecimal> flows) {
        int firstSign = 0;
        for (BigDecimal flow : flows) {
            // Zero flows carry no sign: -100, 0, +50 still changes sign.
            if (flow.signum() != 0) {
                if (firstSign == 0) {
                    firstSign = flow.signum();
                } else if (flow.signum() != firstSign) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Exact conversion: new BigDecimal(double) keeps every bit, unlike going through a decimal string. */
    private static BigDecimal percent(double rate) {
        return new BigDecimal(rate).movePointRight(2);
    }
}
