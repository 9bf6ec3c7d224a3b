package dev.accord.app.detail;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.RoiCaseRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The live read model's side of {@link DetailChanges}: each change written by the writer of its table. */
@Component
class DetailTables implements DetailChanges {

    private final ProjectDetailWriter projects;
    private final ProjectChangeWriter changes;
    private final ChangeApprovalWriter approvals;
    private final EstimateWriter estimates;
    private final RoiCaseWriter roiCases;
    private final AssessmentAnswerWriter answers;
    private final ActualsWriter actuals;

    DetailTables(
            ProjectDetailWriter projects,
            ProjectChangeWriter changes,
            ChangeApprovalWriter approvals,
            EstimateWriter estimates,
            RoiCaseWriter roiCases,
            AssessmentAnswerWriter answers,
            ActualsWriter actuals) {
        this.projects = projects;
        this.changes = changes;
        this.approvals = approvals;
        this.estimates = estimates;
        this.roiCases = roiCases;
        this.answers = answers;
        this.actuals = actuals;
    }

    @Override
    public void proposed(ProjectDetailRow project) {
        projects.proposed(project);
    }

    @Override
    public void changeRequested(UUID projectId, ChangeRow change) {
        changes.requested(projectId, change);
    }

    @Override
    public void changeRevised(UUID changeId, int version, ChangeTerms terms, String rationale) {
        changes.revised(changeId, version, terms, rationale);
    }

    @Override
    public void approvalsVoided(UUID changeId, List<Approval> voided) {
        approvals.voided(changeId, voided);
    }

    @Override
    public void changeApproved(UUID changeId, ApprovalRow approval) {
        approvals.approved(changeId, approval);
    }

    @Override
    public void changeDecided(UUID projectId, ChangeDecision decision) {
        changes.decided(projectId, decision);
    }

    @Override
    public void estimateSubmitted(UUID projectId, EstimateRow estimate, String submittedById) {
        estimates.submitted(projectId, estimate, submittedById);
    }

    @Override
    public void roiCaseRecorded(UUID projectId, RoiCaseRow roiCase, String recordedById) {
        roiCases.recorded(projectId, roiCase, recordedById);
    }

    @Override
    public void assessmentAnswered(UUID projectId, AssessmentAnswerRow answer) {
        answers.answered(projectId, answer);
    }

    @Override
    public void monthRecorded(UUID projectId, ActualsRow month, Instant at) {
        actuals.monthRecorded(projectId, month, at);
    }

    @Override
    public void reassessmentOpened(UUID projectId, UUID reassessmentId, String reason) {
        projects.openReassessment(projectId, reassessmentId, reason);
    }

    @Override
    public void reassessmentConcluded(UUID projectId) {
        projects.openReassessment(projectId, null, null);
    }

    @Override
    public void reviewPolicySet(UUID projectId, ReviewPolicy policy) {
        projects.reviewPolicySet(projectId, policy);
    }

    /** Empties every table, rows that refer to others first. */
    void forgetAll() {
        approvals.forgetAll();
        changes.forgetAll();
        estimates.forgetAll();
        roiCases.forgetAll();
        answers.forgetAll();
        actuals.forgetAll();
        projects.forgetAll();
    }
}
