package dev.accord.domain.project;

import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.shared.ConflictException;

/**
 * What is approved is what was shown. An approval states the business case its approver saw and is refused when
 * newer figures arrived since; a budget change the year's rule names needs a complete business case before it takes
 * effect. Approvals are not refused for a missing piece: the change is approved but held, and says what it waits
 * for. As new figures void the approvals given on the old ones, an estimate or ROI case arriving for a held change
 * sends it back to its approvers; the completed assessment, judgements rather than figures, lets it take effect,
 * decided by whoever completed it. Should the year's budget no longer carry it then, or the project have moved on,
 * it stays held, and its requester revises or withdraws it.
 */
final class BusinessCaseRequirement {

    private BusinessCaseRequirement() {}

    /** Whether a change of this kind, with these terms, needs a complete business case under its recorded rule. */
    static boolean applies(BusinessCaseRule rule, ChangeKind kind, ChangeTerms terms) {
        boolean budgetChange = kind == ChangeKind.INITIAL_BUDGET || kind == ChangeKind.BUDGET;
        return rule != null && budgetChange && rule.appliesTo(kind == ChangeKind.INITIAL_BUDGET, terms.budget());
    }

    /**
     * The basis an approval given now rests on: the current one, after checking that the approver was shown it (a
     * caller who states no basis approves what is on record now).
     */
    static ApprovalBasis checkShown(ApprovalBasis shown, ApprovalBasis current) {
        if (shown != null && !shown.equals(current)) {
            throw new ConflictException("The figures changed since you looked: you were shown " + shown.describe()
                    + ", the business case now holds " + current.describe() + "; look at them again before approving");
        }
        return current;
    }
}
