package dev.accord.domain.project.api;

import java.math.BigDecimal;

/**
 * When a project's reassessment falls due on its own: spend over the approved budget by more than
 * {@code spendOverrunPercent}, realised benefits behind the ROI case by more than
 * {@code benefitShortfallPercent}, or every {@code reviewIntervalMonths}.
 */
public record ReviewPolicy(
        int reviewIntervalMonths, BigDecimal spendOverrunPercent, BigDecimal benefitShortfallPercent) {

    /** The review interval's bounds in months: at least monthly, at most every three years. */
    public static final int SHORTEST_REVIEW_INTERVAL_MONTHS = 1;

    public static final int LONGEST_REVIEW_INTERVAL_MONTHS = 36;

    /** "review every 12 months, or at 10 % spend overrun or 25 % benefit shortfall". */
    public String describe() {
        return "review every " + reviewIntervalMonths + " months, or at " + percent(spendOverrunPercent)
                + " spend overrun or " + percent(benefitShortfallPercent) + " benefit shortfall";
    }

    // 10, whether it was given as 10 or read back from a column as 10.00.
    private static String percent(BigDecimal share) {
        return share.stripTrailingZeros().toPlainString() + " %";
    }

    public static ReviewPolicy standard() {
        return new ReviewPolicy(6, new BigDecimal("10"), new BigDecimal("25"));
    }
}
