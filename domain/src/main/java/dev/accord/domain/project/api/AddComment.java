package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A comment on the project or on one of its steps. */
public record AddComment(
        @TargetAggregateIdentifier UUID projectId, UUID commentId, CommentSubject subject, String text, Actor actor)
        implements ActorCommand {}
