package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Rejects a change, with a reason; one rejection closes it. {@code onBehalfOf} names the person whose delegation
 * the actor uses, or is null.
 */
public record RejectChange(
        @TargetAggregateIdentifier UUID projectId, UUID changeId, String reason, Actor actor, String onBehalfOf)
        implements ChangeCommand {

    public RejectChange(UUID projectId, UUID changeId, String reason, Actor actor) {
        this(projectId, changeId, reason, actor, null);
    }
}
