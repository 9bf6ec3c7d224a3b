package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One side's view at a reassessment. */
@Revision("1")
public record ReassessmentViewSubmitted(
        UUID projectId,
        UUID reassessmentId,
        Side side,
        String view,
        ReassessmentOutcome recommendation,
        Actor submittedBy) {}
