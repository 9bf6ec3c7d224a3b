package dev.accord.app.retrospective;

import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.ReassessmentViewSubmitted;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.retrospective.api.Participation;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.SchedulePlanVersusActual.TargetDate;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Folds one project's event stream into its retrospective, the way the aggregate folds it into its state, but
 * keeping what the aggregate forgets: when each step was recorded (the event message's timestamp), who took it,
 * and the budget in force when each month's actuals came in.
 */
final class ProjectLookBack {

    private final ProjectProposed proposal;
    private final Instant proposedAt;
    private final String currency;
    private final DecisionLog decisions;
    private final Participants participants = new Participants();
    private final MonthsOfActuals actuals;
    private final List<TargetDate> targetDates = new ArrayList<>();
    private ProjectStatus status = ProjectStatus.PROPOSED;
    private Money firstApprovedBudget;
    private Money approvedBudget;
    private List<ExpectedBenefit> expectedBenefits;
    private Instant startedAt;
    private Instant closedAt;
    private Instant asOf;

    private ProjectLookBack(ProjectProposed proposal, Instant proposedAt) {
        this.proposal = proposal;
        this.proposedAt = proposedAt;
        this.currency = proposal.requestedBudget().currency();
        this.decisions = new DecisionLog(proposedAt);
        this.actuals = new MonthsOfActuals(currency);
        this.asOf = proposedAt;
        participants.took(proposal.proposedBy(), Participation.PROPOSED);
    }

    /** The retrospective of a stream that starts with the project's proposal (see {@link ProjectStreams}). */
    static ProjectRetrospective of(List<? extends DomainEventMessage<?>> stream) {
        DomainEventMessage<?> first = stream.get(0);
        ProjectLookBack lookBack = new ProjectLookBack((ProjectProposed) first.getPayload(), first.getTimestamp());
        stream.stream().skip(1).forEach(message -> lookBack.apply(message.getPayload(), message.getTimestamp()));
        return lookBack.retrospective();
    }

    private void apply(Object event, Instant at) {
        asOf = at;
        if (event instanceof EstimateSubmitted e) {
            participants.took(e.submittedBy(), Participation.ESTIMATED);
        } else if (event instanceof RoiCaseRecorded e) {
            expectedBenefits = e.benefits();
            participants.took(e.recordedBy(), Participation.RECORDED_ROI_CASE);
        } else if (event instanceof AssessmentAnswered e) {
            participants.took(e.answeredBy(), Participation.ANSWERED_QUESTIONS);
        } else if (event instanceof ChangeRequested e) {
            decisions.requested(e, at);
            // The initial budget is opened by the proposal itself, which counts as proposing.
            if (e.kind() != ChangeKind.INITIAL_BUDGET) {
                participants.took(e.requestedBy(), Participation.REQUESTED_CHANGE);
            }
        } else if (event instanceof ChangeRevised e) {
            decisions.revised(e, at);
            participants.took(e.revisedBy(), Participation.REVISED_CHANGE);
        } else if (event instanceof ChangeApproved e) {
            decisions.approved();
            participants.took(e.approvedBy(), Participation.APPROVED);
        } else if (event instanceof ChangeTookEffect e) {
            tookEffect(e, at);
        } else if (event instanceof ChangeRejected e) {
            decisions.rejected(e, at);
            participants.took(e.rejectedBy(), Participation.REJECTED);
            statusBecame(e.statusAfter(), at);
        } else if (event instanceof ChangeWithdrawn e) {
            decisions.withdrawn(e, at);
            participants.took(e.withdrawnBy(), Participation.WITHDREW_CHANGE);
            statusBecame(e.statusAfter(), at);
        } else if (event instanceof ActualsRecorded e) {
            actuals.recorded(e, approvedBudget);
            participants.took(e.recordedBy(), Participation.RECORDED_ACTUALS);
        } else if (event instanceof ReassessmentFellDue e) {
            decisions.fellDue(e, at);
            if (e.trigger() == ReassessmentTrigger.REQUESTED) {
                participants.took(e.raisedBy(), Participation.CALLED_REASSESSMENT);
            }
        } else if (event instanceof ReassessmentViewSubmitted e) {
            decisions.viewGiven(e, at);
            participants.took(e.submittedBy(), Participation.GAVE_REASSESSMENT_VIEW);
        } else if (event instanceof ReassessmentConcluded e) {
            decisions.concluded(e, at);
            participants.took(e.concludedBy(), Participation.CONCLUDED_REASSESSMENT);
        } else if (event instanceof ReviewPolicySet e) {
            participants.took(e.setBy(), Participation.SET_REVIEW_POLICY);
        } else if (event instanceof CommentAdded e) {
            decisions.commented();
            participants.took(e.author(), Participation.COMMENTED);
        }
        // Completed assessments add nothing the retrospective shows: both sides' answers are counted above.
    }

    private void tookEffect(ChangeTookEffect event, Instant at) {
        decisions.tookEffect(event, at);
        if (event.kind().movesMoney() && event.applied().budget() != null) {
            approvedBudget = event.applied().budget();
            if (firstApprovedBudget == null) {
                firstApprovedBudget = approvedBudget;
            }
        }
        if (event.kind() == ChangeKind.INITIAL_BUDGET) {
            startedAt = at;
        }
        if (event.kind() == ChangeKind.TIMELINE && event.applied().targetDate() != null) {
            targetDates.add(new TargetDate(event.applied().targetDate(), at));
        }
        statusBecame(event.statusAfter(), at);
    }

    private ProjectRetrospective retrospective() {
        BenefitsPlan benefitsPlan = expectedBenefits == null ? null : BenefitsPlan.of(expectedBenefits);
        PlanFigures plan = new PlanFigures(currency);
        return new ProjectRetrospective(
                proposal.projectId(),
                proposal.title(),
                proposal.sponsor(),
                proposal.fiscalYear(),
                status,
                proposal.proposedBy(),
                proposedAt,
                asOf,
                plan.cost(proposal.requestedBudget(), firstApprovedBudget, approvedBudget, actuals),
                plan.benefits(expectedBenefits, benefitsPlan, actuals),
                plan.schedule(targetDates, startedAt, actuals, status, closedAt),
                actuals.months(benefitsPlan),
                decisions.decisions(),
                decisions.counts(),
                decisions.reasons(),
                participants.list());
    }

    private void statusBecame(ProjectStatus after, Instant at) {
        if (after == null) {
            return;
        }
        status = after;
        if (closedAt == null && after.isClosed()) {
            closedAt = at;
        }
    }
}
