package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A comment in the project's conversation. */
@Revision("1")
public record CommentAdded(UUID projectId, UUID commentId, CommentSubject subject, String text, Actor author) {}
