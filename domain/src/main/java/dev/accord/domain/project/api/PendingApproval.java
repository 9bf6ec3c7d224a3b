package dev.accord.domain.project.api;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * An open change awaiting a side's approval, with the exact version and figures to approve; {@code proposal} says in
 * words what a change of the project's controls (a review policy, a reassessment's conclusion) proposes.
 */
public record PendingApproval(
        UUID projectId,
        String projectTitle,
        UUID changeId,
        int version,
        ChangeKind kind,
        Money budget,
        String rationale,
        Actor requestedBy,
        Instant requestedAt,
        boolean financeApproved,
        boolean itApproved,
        String proposal) {

    /** The sides that have approved this version. */
    public Set<Side> approvedSides() {
        Set<Side> approved = EnumSet.noneOf(Side.class);
        if (financeApproved) {
            approved.add(Side.FINANCE);
        }
        if (itApproved) {
            approved.add(Side.IT);
        }
        return approved;
    }

    /** The sides it still waits for, by {@link JointApproval#missingSides(java.util.Collection)}. */
    public Set<Side> missingSides() {
        return JointApproval.missingSides(approvedSides());
    }
}
