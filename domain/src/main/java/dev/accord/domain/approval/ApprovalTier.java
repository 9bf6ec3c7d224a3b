package dev.accord.domain.approval;

import dev.accord.domain.shared.Money;

/**
 * One step of a fiscal year's approval rules: a change concerning more than {@code above} needs so many approvals of
 * each side and, where asked, the side's lead (the CFO, the CIO).
 */
public record ApprovalTier(Money above, int financeApprovals, int itApprovals, boolean financeLead, boolean itLead) {

    public ApprovalRequirement requirement() {
        return new ApprovalRequirement(financeApprovals, itApprovals, financeLead, itLead);
    }
}
