package dev.accord.domain.project.api;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A change with every approval it received; approvals of earlier versions stay, marked as voided. */
public record ChangeRow(
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms terms,
        String rationale,
        ChangeState state,
        Actor requestedBy,
        Instant requestedAt,
        List<ApprovalRow> approvals,
        Instant decidedAt,
        String decisionReason) {

    /** The approvals that count: those no revision voided, which are the current version's. */
    public List<ApprovalRow> standingApprovals() {
        return approvals.stream().filter(approval -> !approval.voided()).toList();
    }

    /** The sides the change still waits for, by {@link JointApproval#missingSides(java.util.Collection)}. */
    public Set<Side> missingSides() {
        return JointApproval.missingSides(standingApprovals().stream()
                .map(approval -> approval.approver().side())
                .toList());
    }

    /** Whether the actor has approved the current version, by {@link JointApproval#hasApproved}. */
    public boolean approvedBy(Actor actor) {
        return JointApproval.hasApproved(
                standingApprovals().stream().map(ApprovalRow::approver).toList(), actor);
    }
}
