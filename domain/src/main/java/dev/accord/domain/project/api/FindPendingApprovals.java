package dev.accord.domain.project.api;

import dev.accord.domain.shared.Side;

/**
 * Open changes still short of approvals the caller's side can give, without the caller's own requests or those they
 * already approved. A change that lacks only its side's lead reaches the lead alone.
 */
public record FindPendingApprovals(String userId, Side side, boolean lead) {

    public FindPendingApprovals(String userId, Side side) {
        this(userId, side, false);
    }

    /** Whether a change missing this reaches the caller: their side is short of a number, or of its lead. */
    public boolean reaches(dev.accord.domain.approval.MissingApprovals missing) {
        return side != null && (missing.approvals(side) > 0 || (lead && missing.lead(side)));
    }
}
