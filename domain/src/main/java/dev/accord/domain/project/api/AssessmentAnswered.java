package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One side answered the four questions; round 0 is the approval, later rounds are reassessments. */
@Revision("1")
public record AssessmentAnswered(
        UUID projectId, int round, Side side, List<AssessmentAnswer> answers, Actor answeredBy) {}
