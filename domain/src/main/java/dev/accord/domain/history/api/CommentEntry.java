package dev.accord.domain.history.api;

import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.shared.Actor;
import java.time.Instant;

/** One comment of a project's conversation. */
public record CommentEntry(long sequence, CommentSubject subject, String text, Actor author, Instant at) {}
