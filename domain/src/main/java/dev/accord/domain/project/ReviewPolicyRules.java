package dev.accord.domain.project;

import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/**
 * A review policy's bounds: an interval within {@link ReviewPolicy}'s bounds, and shares from 0 to 100 % to two
 * decimals.
 */
final class ReviewPolicyRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ReviewPolicyRules() {}

    static ReviewPolicy checked(ReviewPolicy given) {
        if (given == null
                || given.reviewIntervalMonths() < ReviewPolicy.SHORTEST_REVIEW_INTERVAL_MONTHS
                || given.reviewIntervalMonths() > ReviewPolicy.LONGEST_REVIEW_INTERVAL_MONTHS) {
            throw new InvalidInputException(
                    "reviewIntervalMonths",
                    "The review interval is " + ReviewPolicy.SHORTEST_REVIEW_INTERVAL_MONTHS + " to "
                            + ReviewPolicy.LONGEST_REVIEW_INTERVAL_MONTHS + " months");
        }
        percent("spendOverrunPercent", given.spendOverrunPercent());
        percent("benefitShortfallPercent", given.benefitShortfallPercent());
        return given;
    }

    private static void percent(String field, BigDecimal value) {
        if (value == null
                || value.signum() < 0
                || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "A share from 0 to 100 %, with at most two decimals");
        }
    }
}
