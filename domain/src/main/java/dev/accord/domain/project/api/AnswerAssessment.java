package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One side answers the four questions (all four at once), at approval time. */
public record AnswerAssessment(@TargetAggregateIdentifier UUID projectId, List<AssessmentAnswer> answers, Actor actor)
        implements ActorCommand {}
