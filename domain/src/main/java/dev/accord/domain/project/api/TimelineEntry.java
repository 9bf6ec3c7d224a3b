package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in a project's history, in words. A comment names the step it discusses in {@code repliesTo} (that
 * step's sequence), so a timeline can show it beneath that step; every other entry has none.
 */
public record TimelineEntry(
        long sequence, String type, Instant at, Actor actor, String summary, UUID changeId, Long repliesTo) {}
