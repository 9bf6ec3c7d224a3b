package dev.accord.domain.project.api;

import dev.accord.domain.approval.MissingApprovals;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * An open change awaiting approvals, with the exact version and figures to approve and, by the rules it was
 * requested under, exactly what it still lacks ("waiting for the CFO"); {@code proposal} says in words what a change
 * of the project's controls (a review policy, a reassessment's conclusion) proposes.
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
        String proposal,
        MissingApprovals missing) {

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

    /** The sides still short of what its rules demand. */
    public Set<Side> missingSides() {
        return missing.sides();
    }
}
