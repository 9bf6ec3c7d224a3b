package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.approval.ReminderPolicy;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentCompleted;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.MissingBusinessCase;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A project's case for its budget, an entity of the {@link Project} aggregate: the numbered cost estimates, the ROI
 * case computed from the latest one, and the four questions each side answers, first at the assessment (round 0),
 * then again at every reassessment. New figures (an estimate, an ROI case) void the approvals given on the old ones
 * ({@link ChangeRequest#figuresChanged}); the completed assessment lets a change held for it take effect.
 */
final class BusinessCase {

    private final Project project;
    private EstimateSubmitted latestEstimate;
    private int estimateVersions;
    private RoiCaseRecorded latestRoiCase;
    private int roiCaseVersions;
    private final Map<Side, Integer> latestEstimateOf = new EnumMap<>(Side.class);
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

    /** The figures an approval given now rests on. */
    ApprovalBasis basis() {
        return new ApprovalBasis(
                latestEstimateOf.getOrDefault(Side.FINANCE, 0),
                latestEstimateOf.getOrDefault(Side.IT, 0),
                roiCaseVersions);
    }

    /** What is still missing before a change that needs a business case may take effect. */
    MissingBusinessCase missing() {
        return new MissingBusinessCase(
                !latestEstimateOf.containsKey(Side.FINANCE),
                !latestEstimateOf.containsKey(Side.IT),
                latestRoiCase == null,
                !assessments.isComplete(0));
    }

    /** The latest ROI case's benefits, or null before one is recorded. */
    List<ExpectedBenefit> expectedBenefits() {
        return latestRoiCase == null ? null : latestRoiCase.benefits();
    }

    @CommandHandler
    void handle(SubmitEstimate command, LedgerCurrency ledger) {
        JointApproval.checkActsForASide(command.actor(), "submit an estimate");
        LifeCycle.checkNotClosed(project.status());
        apply(EstimateRules.checked(project.id(), estimateVersions + 1, command, ProjectCurrency.of(project, ledger)));
        figuresChanged("a new " + command.actor().side().label() + " estimate arrived", command.actor());
    }

    /** The discount rate is the fiscal year's, set by Finance on its {@link Portfolios portfolio}. */
    @CommandHandler
    void handle(RecordRoiCase command, LedgerCurrency ledger, Portfolios portfolios) {
        JointApproval.checkActsForASide(command.actor(), "record an ROI case");
        LifeCycle.checkNotClosed(project.status());
        BigDecimal rate = latestEstimate == null ? null : portfolios.discountRatePercent(project.fiscalYear());
        String reason = latestRoiCase == null ? "an ROI case was recorded" : "the ROI case was revised";
        apply(RoiCaseRules.recorded(
                project.id(), roiCaseVersions + 1, command, latestEstimate, rate, ProjectCurrency.of(project, ledger)));
        figuresChanged(reason, command.actor());
    }

    /**
     * Completing the assessment may complete the business case a fully approved change was held for: it takes effect
     * then (answers are judgements, not figures, so they void no approval).
     */
    @CommandHandler
    void handle(AnswerAssessment command, Portfolios portfolios, DeadlineManager deadlines, ReminderPolicy reminders) {
        JointApproval.checkActsForASide(command.actor(), "answer the assessment");
        LifeCycle.checkNotClosed(project.status());
        if (assessments.isComplete(0)) {
            throw new ConflictException(
                    "Both sides have answered the assessment; the questions are asked again at a reassessment");
        }
        answer(0, command.answers(), command.actor());
        if (assessments.isComplete(0)) {
            ChangeOpening opening = new ChangeOpening(portfolios, deadlines, reminders);
            project.openChanges().forEach(change -> change.takeEffectIfHeld(command.actor(), opening));
        }
    }

    /** New figures: approvals given on the old ones no longer count, whatever the change. */
    private void figuresChanged(String reason, Actor actor) {
        ApprovalBasis basis = basis();
        project.openChanges().forEach(change -> change.figuresChanged(reason, basis, actor));
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
        latestEstimateOf.put(event.side(), event.version());
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
                && Objects.equals(latestEstimateOf, that.latestEstimateOf)
                && Objects.equals(assessments, that.assessments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                latestEstimate, estimateVersions, latestRoiCase, roiCaseVersions, latestEstimateOf, assessments);
    }
}
