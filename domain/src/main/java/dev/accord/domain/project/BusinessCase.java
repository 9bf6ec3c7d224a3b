package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentCompleted;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A project's case for its budget, an entity of the {@link Project} aggregate: the numbered cost estimates, the ROI
 * case computed from the latest one, and the four questions each side answers, first at the assessment (round 0),
 * then again at every reassessment.
 */
final class BusinessCase {

    private final Project project;
    private EstimateSubmitted latestEstimate;
    private int estimateVersions;
    private RoiCaseRecorded latestRoiCase;
    private int roiCaseVersions;
    private final AssessmentRounds assessments = new AssessmentRounds();

    BusinessCase(Project project) {
        this.project = project;
    }

    int estimateVersions() {
        return estimateVersions;
    }

    int roiCaseVersions() {
        return roiCaseVersions;
    }

    /** The latest ROI case's benefits, or null before one is recorded. */
    List<ExpectedBenefit> expectedBenefits() {
        return latestRoiCase == null ? null : latestRoiCase.benefits();
    }

    @CommandHandler
    void handle(SubmitEstimate command) {
        JointApproval.checkActsForASide(command.actor(), "submit an estimate");
        LifeCycle.checkNotClosed(project.status());
        apply(EstimateRules.checked(project.id(), estimateVersions + 1, command, project.ledger()));
    }

    /** The discount rate is the fiscal year's, set by Finance on its {@link Portfolios portfolio}. */
    @CommandHandler
    void handle(RecordRoiCase command, Portfolios portfolios) {
        JointApproval.checkActsForASide(command.actor(), "record an ROI case");
        LifeCycle.checkNotClosed(project.status());
        BigDecimal rate = latestEstimate == null ? null : portfolios.discountRatePercent(project.fiscalYear());
        apply(RoiCaseRules.recorded(
                project.id(), roiCaseVersions + 1, command, latestEstimate, rate, project.ledger()));
    }

    @CommandHandler
    void handle(AnswerAssessment command) {
        JointApproval.checkActsForASide(command.actor(), "answer the assessment");
        LifeCycle.checkNotClosed(project.status());
        if (assessments.isComplete(0)) {
            throw new ConflictException(
                    "Both sides have answered the assessment; the questions are asked again at a reassessment");
        }
        answer(0, command.answers(), command.actor());
    }

    /** One side's answers to the four questions in a round: 0 is the assessment, then one per reassessment. */
    void answer(int round, List<AssessmentAnswer> given, Actor actor) {
        List<AssessmentAnswer> answers = AssessmentRounds.checked(given);
        boolean completes = assessments.completedWith(round, actor.side());
        List<AssessmentQuestion> disagreements =
                completes ? assessments.disagreementsWith(round, actor.side(), answers) : List.of();
        apply(new AssessmentAnswered(project.id(), round, actor.side(), answers, actor));
        if (completes) {
            apply(new AssessmentCompleted(project.id(), round, disagreements, actor));
        }
    }

    @EventSourcingHandler
    void on(EstimateSubmitted event) {
        estimateVersions = event.version();
        latestEstimate = event;
    }

    @EventSourcingHandler
    void on(RoiCaseRecorded event) {
        roiCaseVersions = event.version();
        latestRoiCase = event;
    }

    @EventSourcingHandler
    void on(AssessmentAnswered event) {
        assessments.answered(event.round(), event.side(), event.answers());
    }

    @EventSourcingHandler
    void on(AssessmentCompleted event) {
        assessments.completed(event.round());
    }

    // Value equality without the root, so that Axon's test fixture can verify that event sourcing rebuilds it.
    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCase that
                && Objects.equals(latestEstimate, that.latestEstimate)
                && estimateVersions == that.estimateVersions
                && Objects.equals(latestRoiCase, that.latestRoiCase)
                && roiCaseVersions == that.roiCaseVersions
                && Objects.equals(assessments, that.assessments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latestEstimate, estimateVersions, latestRoiCase, roiCaseVersions, assessments);
    }
}
