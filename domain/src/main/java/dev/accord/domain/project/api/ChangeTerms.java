package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;
import java.time.LocalDate;

/**
 * The exact new figures a change names: a budget for INITIAL_BUDGET and BUDGET, a scope statement for SCOPE,
 * a target end date for TIMELINE; life-cycle changes name none.
 */
public record ChangeTerms(Money budget, String scope, LocalDate targetDate) {

    public static ChangeTerms budget(Money budget) {
        return new ChangeTerms(budget, null, null);
    }

    public static ChangeTerms none() {
        return new ChangeTerms(null, null, null);
    }

    /** "EUR 110,000.00", "scope: …", "end date 2027-06-30", or "" for life-cycle changes. */
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
        return "";
    }
}
