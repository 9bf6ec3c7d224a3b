package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A reassessment is due, on its own or because someone called for it. */
@Revision("1")
public record ReassessmentFellDue(
        UUID projectId, UUID reassessmentId, int round, ReassessmentTrigger trigger, String reason, Actor raisedBy) {}
