package dev.accord.app.detail;

import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * The one definition of what an event changes in a project's detail, shared by the live read model and the as-of
 * view, so the two agree by construction. It keeps no state: what it needs to know travels in the event (a revision
 * names the approvals it voids, a decision the status it leaves), and what follows from several rows is derived
 * when they are read ({@link ProjectDetailRows}).
 */
public final class ProjectDetailFold {

    private ProjectDetailFold() {}

    /**
     * Tells {@code changes} what the event, recorded at {@code at}, changes; nothing for an event the detail does
     * not show.
     */
    public static void fold(Object event, Instant at, DetailChanges changes) {
        if (event instanceof ProjectProposed e) {
            changes.proposed(new ProjectDetailRow(
                    e.projectId(),
                    e.title(),
                    e.description(),
                    e.sponsor(),
                    e.department(),
                    e.processesImproved(),
                    e.companyObjectives(),
                    e.itObjectives(),
                    e.fiscalYear(),
                    ProjectStatus.PROPOSED,
                    e.requestedBudget(),
                    null,
                    ReviewPolicy.standard(),
                    null,
                    null,
                    e.proposedBy(),
                    at));
        } else if (event instanceof ChangeRequested e) {
            changes.changeRequested(
                    e.projectId(),
                    new ChangeRow(
                            e.changeId(),
                            e.kind(),
                            1,
                            e.terms(),
                            e.rationale(),
                            ChangeState.OPEN,
                            e.requestedBy(),
                            at,
                            List.of(),
                            null,
                            null));
        } else if (event instanceof ChangeRevised e) {
            changes.changeRevised(e.changeId(), e.version(), e.terms(), e.rationale());
            changes.approvalsVoided(e.changeId(), e.voidedApprovals());
        } else if (event instanceof ApprovalsVoided e) {
            changes.approvalsVoided(e.changeId(), e.voidedApprovals());
        } else if (event instanceof ChangeApproved e) {
            changes.changeApproved(
                    e.changeId(), new ApprovalRow(e.approvedBy(), e.version(), e.comment(), at, false, e.onBehalfOf()));
        } else if (event instanceof ChangeTookEffect e) {
            changes.changeDecided(
                    e.projectId(),
                    new ChangeDecision(
                            e.changeId(),
                            ChangeState.APPROVED,
                            null,
                            at,
                            e.statusAfter(),
                            e.applied().budget()));
        } else if (event instanceof ChangeRejected e) {
            changes.changeDecided(
                    e.projectId(),
                    new ChangeDecision(e.changeId(), ChangeState.REJECTED, e.reason(), at, e.statusAfter(), null));
        } else if (event instanceof ChangeWithdrawn e) {
            changes.changeDecided(
                    e.projectId(),
                    new ChangeDecision(e.changeId(), ChangeState.WITHDRAWN, null, at, e.statusAfter(), null));
        } else if (event instanceof EstimateSubmitted e) {
            changes.estimateSubmitted(
                    e.projectId(),
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
                            at),
                    e.submittedBy().userId());
        } else if (event instanceof RoiCaseRecorded e) {
            changes.roiCaseRecorded(
                    e.projectId(),
                    new RoiCaseRow(
                            e.version(),
                            e.benefits(),
                            e.discountRatePercent(),
                            e.costBasis().estimateVersion(),
                            e.figures(),
                            e.recordedBy().displayName(),
                            at),
                    e.recordedBy().userId());
        } else if (event instanceof AssessmentAnswered e) {
            e.answers()
                    .forEach(answer -> changes.assessmentAnswered(
                            e.projectId(),
                            new AssessmentAnswerRow(
                                    e.round(),
                                    e.side(),
                                    answer.question(),
                                    answer.rating(),
                                    answer.rationale(),
                                    e.answeredBy().displayName(),
                                    at)));
        } else if (event instanceof ActualsRecorded e) {
            changes.monthRecorded(e.projectId(), month(e), at);
        } else if (event instanceof ReassessmentFellDue e) {
            changes.reassessmentOpened(e.projectId(), e.reassessmentId(), e.reason());
        } else if (event instanceof ReassessmentConcluded e) {
            changes.reassessmentConcluded(e.projectId());
        } else if (event instanceof ReviewPolicySet e) {
            changes.reviewPolicySet(e.projectId(), e.policy());
        }
    }

    /** The month as the page lists it: the benefits realised over all metrics, as one figure. */
    private static ActualsRow month(ActualsRecorded e) {
        MonthlyActuals.Month month = MonthlyActuals.Month.of(e);
        return new ActualsRow(
                month.period(),
                month.businessDate(),
                month.spend(),
                new Money(month.benefitsTotal(), month.spend().currency()));
    }
}
