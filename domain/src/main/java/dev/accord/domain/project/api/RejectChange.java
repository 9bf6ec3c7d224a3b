package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rejects a change, with a reason; one rejection closes it. */
public record RejectChange(@TargetAggregateIdentifier UUID projectId, UUID changeId, String reason, Actor actor)
        implements ChangeCommand {}
