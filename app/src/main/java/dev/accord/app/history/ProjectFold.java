package dev.accord.app.history;

import dev.accord.domain.history.api.CommentEntry;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Folds one project's events, oldest first, into the project as its page shows it. It gives the answer the
 * project-detail read model gives for the same events (same order of changes, approvals, answers and months), but in
 * memory, so any prefix of the history can be looked at without touching today's tables. AsOfIT checks that the
 * fold of a whole history equals the read model, project by project.
 */
final class ProjectFold {

    private ProjectProposed proposal;
    private Instant proposedAt;
    private ProjectStatus status;
    private Money approvedBudget;
    private Money spendToDate;
    private ReviewPolicy reviewPolicy = ReviewPolicy.standard();
    private UUID openReassessmentId;
    private String openReassessmentReason;
    private final Map<UUID, Change> changes = new LinkedHashMap<>();
    private final TreeMap<Integer, EstimateRow> estimates = new TreeMap<>();
    private RoiCaseRow roiCase;
    private final Map<String, AssessmentAnswerRow> answers = new TreeMap<>();
    private final TreeMap<YearMonth, ActualsRow> actuals = new TreeMap<>();
    private final List<CommentEntry> comments = new ArrayList<>();
    private long lastSequence = -1;
    private Instant lastRecordedAt;
    private Object lastEvent;

    void apply(DomainEventMessage<?> message) {
        lastSequence = message.getSequenceNumber();
        lastRecordedAt = message.getTimestamp();
        Object event = message.getPayload();
        lastEvent = event;
        Instant at = message.getTimestamp();
        if (event instanceof ProjectProposed e) {
            proposal = e;
            proposedAt = at;
            status = ProjectStatus.PROPOSED;
            spendToDate = new Money(BigDecimal.ZERO, e.requestedBudget().currency());
        } else if (event instanceof ChangeRequested e) {
            changes.putIfAbsent(e.changeId(), new Change(e, at));
        } else if (event instanceof ChangeRevised e) {
            changes.get(e.changeId()).revise(e);
        } else if (event instanceof ChangeApproved e) {
            changes.get(e.changeId())
                    .approvals
                    .add(new ApprovalRow(e.approvedBy(), e.version(), e.comment(), at, false));
        } else if (event instanceof ChangeTookEffect e) {
            changes.get(e.changeId()).decide(ChangeState.APPROVED, null, at);
            status = e.statusAfter();
            if (e.applied().budget() != null) {
                approvedBudget = e.applied().budget();
            }
        } else if (event instanceof ChangeRejected e) {
            changes.get(e.changeId()).decide(ChangeState.REJECTED, e.reason(), at);
            status = e.statusAfter();
        } else if (event instanceof ChangeWithdrawn e) {
            changes.get(e.changeId()).decide(ChangeState.WITHDRAWN, null, at);
            status = e.statusAfter();
        } else if (event instanceof EstimateSubmitted e) {
            estimates.putIfAbsent(
                    e.version(),
                    new EstimateRow(
                            e.version(),
                            e.side(),
                            e.oneTimeCost(),
                            e.recurringYearlyCost(),
                            e.horizonYears(),
                            e.totalCost(),
                            e.low(),
                            e.high(),
                            e.assumptions(),
                            e.submittedBy().displayName(),
                            at));
        } else if (event instanceof RoiCaseRecorded e) {
            if (roiCase == null || e.version() > roiCase.version()) {
                roiCase = new RoiCaseRow(
                        e.version(),
                        e.benefits(),
                        e.discountRatePercent(),
                        e.costBasis().estimateVersion(),
                        e.figures(),
                        e.recordedBy().displayName(),
                        at);
            }
        } else if (event instanceof AssessmentAnswered e) {
            // A side answering a question again in the same round replaces its earlier answer, as on the page.
            e.answers()
                    .forEach(answer -> answers.put(
                            "%09d/%s/%s"
                                    .formatted(
                                            e.round(),
                                            e.side().name(),
                                            answer.question().name()),
                            new AssessmentAnswerRow(
                                    e.round(),
                                    e.side(),
                                    answer.question(),
                                    answer.rating(),
                                    answer.rationale(),
                                    e.answeredBy().displayName(),
                                    at)));
        } else if (event instanceof ActualsRecorded e) {
            // A correction of a month replaces it; the business date is the month's own, not the recorded instant.
            BigDecimal benefits = e.benefits().stream()
                    .map(RealisedBenefit::amount)
                    .map(Money::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String currency = e.spend().currency();
            actuals.put(
                    e.period(), new ActualsRow(e.period(), e.businessDate(), e.spend(), new Money(benefits, currency)));
            spendToDate = e.spendToDate();
        } else if (event instanceof ReassessmentFellDue e) {
            openReassessmentId = e.reassessmentId();
            openReassessmentReason = e.reason();
        } else if (event instanceof ReassessmentConcluded) {
            openReassessmentId = null;
            openReassessmentReason = null;
        } else if (event instanceof ReviewPolicySet e) {
            reviewPolicy = e.policy();
        } else if (event instanceof CommentAdded e) {
            comments.add(new CommentEntry(message.getSequenceNumber(), e.subject(), e.text(), e.author(), at));
        }
    }

    /** Whether the project had been proposed by the last event folded in. */
    boolean exists() {
        return proposal != null;
    }

    long lastSequence() {
        return lastSequence;
    }

    Instant lastRecordedAt() {
        return lastRecordedAt;
    }

    /** The project just after the last event folded in, kept while the fold goes on. */
    record Step(long sequence, Instant recordedAt, Object event, ProjectDetail project, List<CommentEntry> comments) {}

    Step step() {
        return new Step(lastSequence, lastRecordedAt, lastEvent, project(), comments());
    }

    List<CommentEntry> comments() {
        return List.copyOf(comments);
    }

    ProjectDetail project() {
        String currency = proposal.requestedBudget().currency();
        BigDecimal benefitsToDate = actuals.values().stream()
                .map(month -> month.benefits().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProjectDetail(
                proposal.projectId(),
                proposal.title(),
                proposal.description(),
                proposal.sponsor(),
                proposal.processesImproved(),
                proposal.companyObjectives(),
                proposal.itObjectives(),
                proposal.fiscalYear(),
                status,
                proposal.requestedBudget(),
                approvedBudget,
                spendToDate,
                new Money(benefitsToDate, currency),
                reviewPolicy,
                openReassessmentId,
                openReassessmentReason,
                proposal.proposedBy(),
                proposedAt,
                changes.values().stream()
                        .sorted(Change.AS_LISTED)
                        .map(Change::view)
                        .toList(),
                List.copyOf(estimates.values()),
                roiCase,
                List.copyOf(answers.values()),
                List.copyOf(actuals.values()));
    }

    /** One change as it stands so far: its current version and terms, and every approval it received. */
    private static final class Change {

        /** As the read model lists them: by request time, then by id in PostgreSQL's byte order. */
        static final Comparator<Change> AS_LISTED =
                Comparator.<Change, Instant>comparing(c -> c.requestedAt).thenComparing(c -> c.changeId.toString());

        private static final Comparator<ApprovalRow> APPROVALS_AS_LISTED = Comparator.comparing(ApprovalRow::at)
                .thenComparing(a -> a.approver().userId());

        final UUID changeId;
        final ChangeKind kind;
        final Actor requestedBy;
        final Instant requestedAt;
        int version = 1;
        ChangeTerms terms;
        String rationale;
        ChangeState state = ChangeState.OPEN;
        final List<ApprovalRow> approvals = new ArrayList<>();
        Instant decidedAt;
        String decisionReason;

        Change(ChangeRequested requested, Instant at) {
            changeId = requested.changeId();
            kind = requested.kind();
            requestedBy = requested.requestedBy();
            requestedAt = at;
            terms = requested.terms();
            rationale = requested.rationale();
        }

        /** A revision voids approvals of earlier versions; they stay on record, marked. */
        void revise(ChangeRevised revised) {
            version = revised.version();
            terms = revised.terms();
            rationale = revised.rationale();
            approvals.replaceAll(approval -> approval.version() < version && !approval.voided()
                    ? new ApprovalRow(approval.approver(), approval.version(), approval.comment(), approval.at(), true)
                    : approval);
        }

        void decide(ChangeState outcome, String reason, Instant at) {
            state = outcome;
            decisionReason = reason;
            decidedAt = at;
        }

        ChangeRow view() {
            return new ChangeRow(
                    changeId,
                    kind,
                    version,
                    terms,
                    rationale,
                    state,
                    requestedBy,
                    requestedAt,
                    approvals.stream().sorted(APPROVALS_AS_LISTED).toList(),
                    decidedAt,
                    decisionReason);
        }
    }
}
