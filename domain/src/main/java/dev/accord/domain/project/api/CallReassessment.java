package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone asks for a joint review of plan against actuals now. */
public record CallReassessment(
        @TargetAggregateIdentifier UUID projectId, UUID reassessmentId, String reason, Actor actor)
        implements ActorCommand {}
