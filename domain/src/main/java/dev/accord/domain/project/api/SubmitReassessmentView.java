package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One side's view at a reassessment: what it sees, the four questions answered again, and what it recommends. */
public record SubmitReassessmentView(
        @TargetAggregateIdentifier UUID projectId,
        UUID reassessmentId,
        String view,
        List<AssessmentAnswer> answers,
        ReassessmentOutcome recommendation,
        Actor actor)
        implements ReassessmentCommand {}
