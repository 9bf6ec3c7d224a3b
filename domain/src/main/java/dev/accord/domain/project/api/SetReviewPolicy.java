package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets when this project's reassessment falls due on its own. */
public record SetReviewPolicy(@TargetAggregateIdentifier UUID projectId, ReviewPolicy policy, Actor actor)
        implements ActorCommand {}
