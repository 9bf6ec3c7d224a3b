package dev.accord.domain.approval;

import dev.accord.domain.shared.Money;

/**
 * Which budget changes of a fiscal year need a complete business case (an estimate from each side, an ROI case and the
 * completed assessment) before they take effect: every initial budget where {@code initialBudget}, and every budget
 * change asking for more than {@code above} (none by amount where null). A business case justifies money, so a change
 * of scope, timeline, life-cycle or the project's controls is never held for one.
 */
public record BusinessCaseRule(boolean initialBudget, Money above) {

    /** The ledger's default: an initial budget needs a business case, whatever its amount. */
    public static final BusinessCaseRule DEFAULT = new BusinessCaseRule(true, null);

    /** Whether a budget change (initial or not) asking for {@code budget} needs a business case. */
    public boolean appliesTo(boolean isInitialBudget, Money budget) {
        if (isInitialBudget && initialBudget) {
            return true;
        }
        return above != null
                && budget != null
                && budget.currency().equals(above.currency())
                && budget.amount().compareTo(above.amount()) > 0;
    }
}
