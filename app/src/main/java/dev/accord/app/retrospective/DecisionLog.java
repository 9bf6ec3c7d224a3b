package dev.accord.app.retrospective;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReassessmentViewSubmitted;
import dev.accord.domain.retrospective.api.DecisionCounts;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.DecisionOutcome;
import dev.accord.domain.retrospective.api.StatedReason;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Words;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Every decision of a project with how long it took from the proposal and from its opening, the counts of
 * requests, revisions, rejections, withdrawals and reassessments, and the reasons people gave.
 */
final class DecisionLog {

    /** @param kind the change's kind; null for a reassessment */
    private record Opened(ChangeKind kind, String subject, Instant at) {}

    private final Instant proposedAt;
    private final Map<UUID, Opened> open = new HashMap<>();
    private final List<DecisionLeadTime> decisions = new ArrayList<>();
    private final List<StatedReason> reasons = new ArrayList<>();
    private int requested;
    private int tookEffect;
    private int revisions;
    private int rejections;
    private int withdrawals;
    private int reassessments;
    private int concluded;
    private int approvals;
    private int comments;

    DecisionLog(Instant proposedAt) {
        this.proposedAt = proposedAt;
    }

    void requested(ChangeRequested event, Instant at) {
        requested++;
        open.put(event.changeId(), new Opened(event.kind(), subject(event.kind()), at));
    }

    void revised(ChangeRevised event, Instant at) {
        revisions++;
        reasons.add(new StatedReason(
                StatedReason.Kind.REVISION,
                subject(event.kind()) + " change, version " + event.version(),
                event.rationale(),
                event.revisedBy(),
                at));
    }

    void approved() {
        approvals++;
    }

    void commented() {
        comments++;
    }

    void tookEffect(ChangeTookEffect event, Instant at) {
        tookEffect++;
        decided(
                event.changeId(),
                DecisionOutcome.TOOK_EFFECT,
                event.applied().describe(),
                event.version(),
                at,
                event.decidedBy(),
                null);
    }

    void rejected(ChangeRejected event, Instant at) {
        rejections++;
        decided(
                event.changeId(),
                DecisionOutcome.REJECTED,
                event.terms().describe(),
                event.version(),
                at,
                event.rejectedBy(),
                event.reason());
        reasons.add(new StatedReason(
                StatedReason.Kind.REJECTION,
                subject(event.kind()) + " change, version " + event.version(),
                event.reason(),
                event.rejectedBy(),
                at));
    }

    void withdrawn(ChangeWithdrawn event, Instant at) {
        withdrawals++;
        decided(event.changeId(), DecisionOutcome.WITHDRAWN, "", event.version(), at, event.withdrawnBy(), null);
    }

    void fellDue(ReassessmentFellDue event, Instant at) {
        reassessments++;
        String subject = "Reassessment " + event.round();
        open.put(event.reassessmentId(), new Opened(null, subject, at));
        reasons.add(new StatedReason(
                StatedReason.Kind.REASSESSMENT,
                subject + " (" + Words.of(event.trigger()) + ")",
                event.reason(),
                event.raisedBy(),
                at));
    }

    void viewGiven(ReassessmentViewSubmitted event, Instant at) {
        Opened reassessment = open.get(event.reassessmentId());
        reasons.add(new StatedReason(
                StatedReason.Kind.REASSESSMENT_VIEW,
                (reassessment == null ? "Reassessment" : reassessment.subject()) + ": "
                        + event.side().label() + " recommends "
                        + event.recommendation().name().toLowerCase(Locale.ROOT),
                event.view(),
                event.submittedBy(),
                at));
    }

    void concluded(ReassessmentConcluded event, Instant at) {
        concluded++;
        Opened reassessment = open.get(event.reassessmentId());
        decided(
                event.reassessmentId(),
                DecisionOutcome.of(event.outcome()),
                "",
                1,
                at,
                event.concludedBy(),
                event.rationale());
        reasons.add(new StatedReason(
                StatedReason.Kind.REASSESSMENT_CONCLUSION,
                (reassessment == null ? "Reassessment" : reassessment.subject()) + ": "
                        + event.outcome().name().toLowerCase(Locale.ROOT),
                event.rationale(),
                event.concludedBy(),
                at));
    }

    List<DecisionLeadTime> decisions() {
        return List.copyOf(decisions);
    }

    List<StatedReason> reasons() {
        return List.copyOf(reasons);
    }

    DecisionCounts counts() {
        return new DecisionCounts(
                requested,
                tookEffect,
                revisions,
                rejections,
                withdrawals,
                reassessments,
                concluded,
                approvals,
                comments);
    }

    private void decided(
            UUID id, DecisionOutcome outcome, String terms, int version, Instant at, Actor by, String reason) {
        Opened opened = open.remove(id);
        Instant openedAt = opened == null ? proposedAt : opened.at();
        decisions.add(new DecisionLeadTime(
                id,
                opened == null ? null : opened.kind(),
                opened == null ? "Decision" : opened.subject(),
                outcome,
                terms,
                version,
                openedAt,
                at,
                Duration.between(proposedAt, at),
                Duration.between(openedAt, at),
                by,
                reason));
    }

    /** "INITIAL_BUDGET" → "Initial budget" */
    private static String subject(ChangeKind kind) {
        return Words.of(kind);
    }
}
