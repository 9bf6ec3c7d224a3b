package dev.accord.domain.approval;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The four-eyes rule for one change request: it takes effect when, for its current version, the approvals its
 * {@link ApprovalRequirement} demands are there (by default one Finance member and one IT member; above a
 * threshold of the year's {@link ApprovalRules} more of them, or the side's lead), none of them the requester.
 * Approvals count by the authority they carry ({@link Approval#authority()}), each person once. One rejection by
 * a member other than the requester closes it. A revision voids the approvals of earlier versions. A decided
 * change is final. Used by every aggregate whose changes need both sides.
 */
public final class JointApproval {

    private final Actor requestedBy;
    private int version = 1;
    private final List<Approval> approvals = new ArrayList<>();
    private boolean decided;
    private ApprovalRequirement requirement;

    public JointApproval(Actor requestedBy) {
        this(requestedBy, ApprovalRequirement.DEFAULT);
    }

    public JointApproval(Actor requestedBy, ApprovalRequirement requirement) {
        this.requestedBy = requestedBy;
        this.requirement = requirement;
    }

    /** Refuses anyone who acts for no side. */
    public static void checkActsForASide(Actor actor, String what) {
        if (actor == null || !actor.belongsToASide()) {
            throw new NotPermittedException("Only members of Finance or IT may " + what);
        }
    }

    public void checkApproval(Actor approver, int approvedVersion) {
        checkActsForASide(approver, "approve a change");
        checkOpen();
        if (approver.userId().equals(requestedBy.userId())) {
            throw new NotPermittedException("You requested this change; its approvals must come from others");
        }
        if (approvedVersion != version) {
            throw new ConflictException("Version " + approvedVersion + " is not the current version of this change; "
                    + "version " + version + " is");
        }
        if (hasApproved(approvals.stream().map(Approval::approver).toList(), approver)) {
            throw new ConflictException("You have already approved version " + version + " of this change");
        }
        if (hasApproved(approvals.stream().map(Approval::authority).toList(), approver)) {
            throw new ConflictException("Version " + version + " has already been approved on your behalf");
        }
    }

    public void checkRejection(Actor rejecter, String reason) {
        checkActsForASide(rejecter, "reject a change");
        checkOpen();
        if (rejecter.userId().equals(requestedBy.userId())) {
            throw new NotPermittedException("You requested this change; withdraw it instead of rejecting it");
        }
        if (reason == null || reason.isBlank()) {
            throw new dev.accord.domain.shared.InvalidInputException("reason", "A rejection needs a reason");
        }
    }

    public void checkRevisionOrWithdrawal(Actor actor) {
        checkOpen();
        if (!actor.userId().equals(requestedBy.userId())) {
            throw new NotPermittedException(
                    "Only the requester (" + requestedBy.displayName() + ") may revise or withdraw this change");
        }
    }

    /** Whether one more approval by {@code approver} would complete what the change needs. */
    public boolean completedBy(Actor approver) {
        return completedBy(new Approval(approver, version));
    }

    /** Whether one more approval (perhaps on someone's behalf) would complete what the change needs. */
    public boolean completedBy(Approval approval) {
        List<Approval> after = new ArrayList<>(approvals);
        after.add(approval);
        return missing(requirement, after, requestedBy).sides().isEmpty();
    }

    /** Sides still short of what the rule demands for the current version. */
    public Set<Side> missingSides() {
        return missing().sides();
    }

    /** Exactly what the current version still lacks: "waiting for the CFO". */
    public MissingApprovals missing() {
        return missing(requirement, approvals, requestedBy);
    }

    /**
     * What a change needing {@code requirement} still lacks after these approvals of its current version. The
     * requester's approval never counts, neither given by them nor carrying their authority.
     */
    public static MissingApprovals missing(
            ApprovalRequirement requirement, Collection<Approval> approvals, Actor requester) {
        return MissingApprovals.of(
                requirement,
                approvals.stream()
                        .filter(approval -> !approval.approver().userId().equals(requester.userId()))
                        .map(Approval::authority)
                        .filter(authority -> !authority.userId().equals(requester.userId()))
                        .toList());
    }

    /** Applies the requirement of a new version (a revised budget may fall in another tier). */
    public void require(ApprovalRequirement newRequirement) {
        requirement = newRequirement;
    }

    public ApprovalRequirement requirement() {
        return requirement;
    }

    /**
     * The sides a change still waits for, given the sides of the approvals that count (those of its current
     * version: a revision voids the others). The requester's side is not excused: another member of it approves.
     * The one definition, used by the aggregate, the approvals inbox and the project page alike.
     */
    public static Set<Side> missingSides(Collection<Side> approvedSides) {
        Set<Side> missing = EnumSet.allOf(Side.class);
        missing.removeAll(approvedSides);
        return missing;
    }

    /**
     * Whether the actor is among those who approved the current version: approving twice is refused, so the
     * screens offer no second approval either.
     */
    public static boolean hasApproved(Collection<Actor> approversOfCurrentVersion, Actor actor) {
        return approversOfCurrentVersion.stream()
                .anyMatch(approver -> approver.userId().equals(actor.userId()));
    }

    public void approved(Approval approval) {
        approvals.add(approval);
    }

    /** Applies a revision: the approvals of earlier versions no longer count. */
    public void revisedTo(int newVersion) {
        approvals.clear();
        version = newVersion;
    }

    /**
     * New figures arrived for the change's business case: the approvals of the current version were given on the old
     * ones and no longer count; the version stays.
     */
    public void approvalsVoided() {
        approvals.clear();
    }

    public void decided() {
        decided = true;
    }

    public int version() {
        return version;
    }

    public Actor requestedBy() {
        return requestedBy;
    }

    public List<Approval> approvals() {
        return List.copyOf(approvals);
    }

    public boolean isDecided() {
        return decided;
    }

    private void checkOpen() {
        if (decided) {
            throw new ConflictException("This change is already decided; a new change is needed to alter it");
        }
    }

    // Value equality, so that Axon's test fixture can verify that event sourcing rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof JointApproval that
                && java.util.Objects.equals(requestedBy, that.requestedBy)
                && java.util.Objects.equals(version, that.version)
                && java.util.Objects.equals(approvals, that.approvals)
                && java.util.Objects.equals(decided, that.decided)
                && java.util.Objects.equals(requirement, that.requirement);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(requestedBy, version, approvals, decided, requirement);
    }
}
