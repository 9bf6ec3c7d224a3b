package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;
import java.time.LocalDate;

/**
 * The exact new figures a change names: a budget for INITIAL_BUDGET and BUDGET, a scope statement for SCOPE, a target
 * end date for TIMELINE, a review policy for REVIEW_POLICY, a reassessment's conclusion for CONCLUSION; life-cycle
 * changes name none. The last two were added later: older stored terms read them as null.
 */
public record ChangeTerms(
        Money budget, String scope, LocalDate targetDate, ReviewPolicy policy, ReassessmentConclusion conclusion) {

    /** Terms of a figures' change, as they were before the controls became changes. */
    public ChangeTerms(Money budget, String scope, LocalDate targetDate) {
        this(budget, scope, targetDate, null, null);
    }

    public static ChangeTerms budget(Money budget) {
        return new ChangeTerms(budget, null, null);
    }

    public static ChangeTerms policy(ReviewPolicy policy) {
        return new ChangeTerms(null, null, null, policy, null);
    }

    public static ChangeTerms conclusion(ReassessmentConclusion conclusion) {
        return new ChangeTerms(null, null, null, null, conclusion);
    }

    public static ChangeTerms none() {
        return new ChangeTerms(null, null, null);
    }

    /**
     * "EUR 110,000.00", "scope: …", "end date 2027-06-30", "review every 12 months, …", "stop", or ""
     * for life-cycle changes.
     */
    public String describe() {
        if (budget != null) {
            return budget.toString();
        }
        if (scope != null) {
            return "scope: " + scope;
        }
        if (targetDate != null) {
            return "end date " + targetDate;
        }
        if (policy != null) {
            return policy.describe();
        }
        if (conclusion != null) {
            return conclusion.describe();
        }
        return "";
    }
}
