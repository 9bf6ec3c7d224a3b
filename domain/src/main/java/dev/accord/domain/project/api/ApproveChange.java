package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Approves one exact version of a change; {@code onBehalfOf} names the person whose delegation the actor uses, or
 * is null when the actor approves for themselves.
 */
public record ApproveChange(
        @TargetAggregateIdentifier UUID projectId,
        UUID changeId,
        int version,
        String comment,
        Actor actor,
        String onBehalfOf)
        implements ChangeCommand {

    public ApproveChange(UUID projectId, UUID changeId, int version, String comment, Actor actor) {
        this(projectId, changeId, version, comment, actor, null);
    }
}
