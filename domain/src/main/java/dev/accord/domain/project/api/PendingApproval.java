package dev.accord.domain.project.api;

import dev.accord.domain.approval.MissingApprovals;
import dev.accord.domain.portfolio.api.YearChangeKind;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An open change awaiting approvals, with the exact version and figures to approve and, by the rules it was
 * requested under, exactly what it still lacks ("waiting for the CFO"); {@code proposal} says in words what a change
 * of the project's controls (a review policy, a reassessment's conclusion) or of a year's approval rules proposes.
 *
 * <p>Most are a project's changes ({@code projectId}, {@code projectTitle} and {@code kind}). A change of a fiscal
 * year itself (its budget or its approval rules) has no project: it names its {@code fiscalYear} and
 * {@code yearChange} instead, and {@code kind} is null. {@code approvedBy} are the authorities whose approvals of
 * the current version count so far.
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
        MissingApprovals missing,
        Integer fiscalYear,
        YearChangeKind yearChange,
        List<Actor> approvedBy) {

    public PendingApproval {
        approvedBy = approvedBy == null ? List.of() : List.copyOf(approvedBy);
    }

    /** Whether this changes a fiscal year itself (its budget or approval rules) rather than a project. */
    public boolean isYearChange() {
        return yearChange != null;
    }

    /** The kind by its name, a project change's ({@link ChangeKind}) or a year's ({@link YearChangeKind}). */
    public String kindName() {
        return isYearChange() ? yearChange.name() : kind.name();
    }

    /** Whether this person's approval of the current version is among those that count. */
    public boolean approvedBy(Actor actor) {
        return approvedBy.stream().anyMatch(approver -> approver.userId().equals(actor.userId()));
    }

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
