package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A comment on the project or on one of its steps. */
public record AddComment(
        @TargetAggregateIdentifier UUID projectId,
        UUID commentId,
        CommentSubject subject,
        String text,
        Actor actor) implements ActorCommand {
}
