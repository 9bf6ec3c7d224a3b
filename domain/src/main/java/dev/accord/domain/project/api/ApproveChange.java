package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Approves one exact version of a change; {@code onBehalfOf} names the person whose delegation the actor uses, or
 * is null when the actor approves for themselves. {@code basis} is the business case the approver was shown: refused
 * when newer figures have arrived since; null approves on the figures on record now (what an API client that states
 * none has read last), and the approval records them.
 */
public record ApproveChange(
        @TargetAggregateIdentifier UUID projectId,
        UUID changeId,
        int version,
        String comment,
        Actor actor,
        String onBehalfOf,
        ApprovalBasis basis)
        implements ChangeCommand {

    public ApproveChange(UUID projectId, UUID changeId, int version, String comment, Actor actor, String onBehalfOf) {
        this(projectId, changeId, version, comment, actor, onBehalfOf, null);
    }

    public ApproveChange(UUID projectId, UUID changeId, int version, String comment, Actor actor) {
        this(projectId, changeId, version, comment, actor, null, null);
    }
}
