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

    /** The tier in words: "above EUR 500,000.00: 2 Finance approvals including the CFO and 1 IT approval". */
    public String describe() {
        return "above " + above + ": " + side(financeApprovals, "Finance", financeLead, "the CFO") + " and "
                + side(itApprovals, "IT", itLead, "the CIO");
    }

    private static String side(int approvals, String label, boolean lead, String leadTitle) {
        return approvals + " " + label + " approval" + (approvals == 1 ? "" : "s")
                + (lead ? " including " + leadTitle : "");
    }
}
