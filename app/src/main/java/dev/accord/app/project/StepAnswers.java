package dev.accord.app.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** What the API answers when a project's step is taken (ProjectStepsController): the ids to follow up with. */
final class StepAnswers {

    private StepAnswers() {}

    record ProjectStep(UUID projectId) {}

    record RecordedActuals(UUID projectId, String period) {}

    record ReassessmentStep(UUID reassessmentId) {}

    /** followUpChangeId: the BUDGET (ADJUST) or CANCEL (STOP) change the conclusion opened; absent for CONTINUE. */
    record ReassessmentConclusion(
            UUID reassessmentId,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID followUpChangeId) {}

    record AddedComment(UUID commentId) {}
}
