package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in a project's history, in words. A comment names the step it discusses in {@code repliesTo} (that
 * step's sequence), so a timeline can show it beneath that step; every other entry has none. {@code replyAs} is the
 * subject a reply to this step discusses (the change, estimate, ROI case, assessment, reassessment or comment it
 * belongs to), or null for a step nothing replies to.
 */
public record TimelineEntry(
        long sequence,
        String type,
        Instant at,
        Actor actor,
        String summary,
        UUID changeId,
        Long repliesTo,
        CommentSubject replyAs) {}
