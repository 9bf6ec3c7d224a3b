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

/**
 * What changes in a project's detail, in the read model's words. {@link ProjectDetailFold} decides which of these an
 * event means; the live read model writes them to its tables, the as-of view keeps them in memory
 * ({@link DetailInMemory}). Each has the semantics of its table's key: adding a row that is there already keeps the
 * one there, except an assessment answer and a month, which the later one replaces.
 */
public interface DetailChanges {

    void proposed(ProjectDetailRow project);

    /** A new change, as requested: version 1, open, no approvals yet. */
    void changeRequested(UUID projectId, ChangeRow change);

    void changeRevised(UUID changeId, int version, ChangeTerms terms, String rationale);

    /** The approvals a revision voided; they stay on record, marked. */
    void approvalsVoided(UUID changeId, List<Approval> voided);

    void changeApproved(UUID changeId, ApprovalRow approval);

    /** The change is closed, and its project takes the status (and budget) the decision leaves it with. */
    void changeDecided(UUID projectId, ChangeDecision decision);

    void estimateSubmitted(UUID projectId, EstimateRow estimate, String submittedById);

    void roiCaseRecorded(UUID projectId, RoiCaseRow roiCase, String recordedById);

    /** One side's answer to one question of a round; answering it again replaces it. */
    void assessmentAnswered(UUID projectId, AssessmentAnswerRow answer);

    /** A month's actuals; recording a month again replaces it. */
    void monthRecorded(UUID projectId, ActualsRow month, Instant at);

    void reassessmentOpened(UUID projectId, UUID reassessmentId, String reason);

    void reassessmentConcluded(UUID projectId);

    void reviewPolicySet(UUID projectId, ReviewPolicy policy);
}
