package dev.accord.app.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** What the API answers when a project's step is taken (ProjectStepsController): the ids to follow up with. */
final class StepAnswers {

    private StepAnswers() {}

    record ProjectStep(UUID projectId) {}

    record RecordedActuals(UUID projectId, String period) {}

    record ReassessmentStep(UUID reassessmentId) {}

    /**
     * changeId: the CONCLUSION change to approve; followUpChangeId: the BUDGET (ADJUST) or CANCEL (STOP) change it
     * opens once both sides have approved it, absent for CONTINUE.
     */
    record ReassessmentConclusion(
            UUID reassessmentId,
            UUID changeId,
            int version,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID followUpChangeId) {}

    record AddedComment(UUID commentId) {}
}
