package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The reassessment ended; ADJUST and STOP name the change they opened. */
@Revision("1")
public record ReassessmentConcluded(
        UUID projectId,
        UUID reassessmentId,
        ReassessmentOutcome outcome,
        UUID followUpChangeId,
        String rationale,
        Actor concludedBy) {}
