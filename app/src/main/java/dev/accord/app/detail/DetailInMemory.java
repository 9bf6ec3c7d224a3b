package dev.accord.app.detail;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One project's detail rows kept in memory, keyed as the tables key them, for a view of the project as it stood at
 * a moment of its history: the as-of view folds a prefix of the project's events into it.
 */
public final class DetailInMemory implements DetailChanges {

    private record ApprovalKey(int version, String userId) {}

    private record AnswerKey(int round, Side side, AssessmentQuestion question) {}

    private ProjectDetailRow project;
    private final Map<UUID, ChangeRow> changes = new HashMap<>();
    private final Map<UUID, Map<ApprovalKey, ApprovalRow>> approvals = new HashMap<>();
    private final Map<Integer, EstimateRow> estimates = new HashMap<>();
    private final Map<Integer, RoiCaseRow> roiCases = new HashMap<>();
    private final Map<AnswerKey, AssessmentAnswerRow> answers = new HashMap<>();
    private final Map<YearMonth, ActualsRow> months = new HashMap<>();

    /** Whether the project had been proposed by the events folded in so far. */
    public boolean exists() {
        return project != null;
    }

    /** The project as the events folded in so far leave it; only once it {@linkplain #exists() exists}. */
    public ProjectDetail detail() {
        Map<UUID, List<ApprovalRow>> given = new HashMap<>();
        approvals.forEach((changeId, rows) -> given.put(changeId, List.copyOf(rows.values())));
        return new ProjectDetailRows(
                        project,
                        List.copyOf(changes.values()),
                        given,
                        List.copyOf(estimates.values()),
                        List.copyOf(roiCases.values()),
                        List.copyOf(answers.values()),
                        List.copyOf(months.values()))
                .detail();
    }

    @Override
    public void proposed(ProjectDetailRow proposed) {
        if (project == null) {
            project = proposed;
        }
    }

    @Override
    public void changeRequested(UUID projectId, ChangeRow change) {
        changes.putIfAbsent(change.changeId(), change);
    }

    @Override
    public void changeRevised(UUID changeId, int version, ChangeTerms terms, String rationale) {
        change(
                changeId,
                c -> new ChangeRow(
                        c.changeId(),
                        c.kind(),
                        version,
                        terms,
                        rationale,
                        c.state(),
                        c.requestedBy(),
                        c.requestedAt(),
                        c.approvals(),
                        c.decidedAt(),
                        c.decisionReason()));
    }

    @Override
    public void approvalsVoided(UUID changeId, List<Approval> voided) {
        Map<ApprovalKey, ApprovalRow> given = approvals.get(changeId);
        if (given == null) {
            return;
        }
        for (Approval approval : voided) {
            given.computeIfPresent(
                    new ApprovalKey(approval.version(), approval.approver().userId()),
                    (key, row) -> new ApprovalRow(
                            row.approver(), row.version(), row.comment(), row.at(), true, row.onBehalfOf()));
        }
    }

    @Override
    public void changeApproved(UUID changeId, ApprovalRow approval) {
        approvals
                .computeIfAbsent(changeId, id -> new HashMap<>())
                // An approval voided by new figures may be given again on the same version: it replaces the voided one.
                .merge(
                        new ApprovalKey(approval.version(), approval.approver().userId()),
                        approval,
                        (given, again) -> given.voided() ? again : given);
    }

    @Override
    public void changeDecided(UUID projectId, ChangeDecision decision) {
        change(
                decision.changeId(),
                c -> new ChangeRow(
                        c.changeId(),
                        c.kind(),
                        c.version(),
                        c.terms(),
                        c.rationale(),
                        decision.outcome(),
                        c.requestedBy(),
                        c.requestedAt(),
                        c.approvals(),
                        decision.at(),
                        decision.reason()));
        project = project.withStatus(decision.statusAfter(), decision.approvedBudget());
    }

    @Override
    public void estimateSubmitted(UUID projectId, EstimateRow estimate, String submittedById) {
        estimates.putIfAbsent(estimate.version(), estimate);
    }

    @Override
    public void roiCaseRecorded(UUID projectId, RoiCaseRow roiCase, String recordedById) {
        roiCases.putIfAbsent(roiCase.version(), roiCase);
    }

    @Override
    public void assessmentAnswered(UUID projectId, AssessmentAnswerRow answer) {
        answers.put(new AnswerKey(answer.round(), answer.side(), answer.question()), answer);
    }

    @Override
    public void monthRecorded(UUID projectId, ActualsRow month, Instant at) {
        months.put(month.period(), month);
    }

    @Override
    public void reassessmentOpened(UUID projectId, UUID reassessmentId, String reason) {
        project = project.withOpenReassessment(reassessmentId, reason);
    }

    @Override
    public void reassessmentConcluded(UUID projectId) {
        project = project.withOpenReassessment(null, null);
    }

    @Override
    public void reviewPolicySet(UUID projectId, ReviewPolicy policy) {
        project = project.withReviewPolicy(policy);
    }

    private void change(UUID changeId, UnaryOperator<ChangeRow> update) {
        changes.computeIfPresent(changeId, (id, change) -> update.apply(change));
    }
}
