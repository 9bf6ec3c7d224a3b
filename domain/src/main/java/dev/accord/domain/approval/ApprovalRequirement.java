package dev.accord.domain.approval;

import dev.accord.domain.shared.Side;

/**
 * What one change needs before it takes effect: so many distinct approvers of each side, and perhaps the side's lead
 * among them (the lead's approval counts towards the side's number too). The default is the plain four eyes: one
 * of each side.
 */
public record ApprovalRequirement(int financeApprovals, int itApprovals, boolean financeLead, boolean itLead) {

    public static final ApprovalRequirement DEFAULT = new ApprovalRequirement(1, 1, false, false);

    public int approvals(Side side) {
        return side == Side.FINANCE ? financeApprovals : itApprovals;
    }

    public boolean lead(Side side) {
        return side == Side.FINANCE ? financeLead : itLead;
    }
}
