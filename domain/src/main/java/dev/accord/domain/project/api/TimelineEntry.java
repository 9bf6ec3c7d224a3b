package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;

import java.time.Instant;
import java.util.UUID;

/** One step in a project's history, in words. */
public record TimelineEntry(
        long sequence,
        String type,
        Instant at,
        Actor actor,
        String summary,
        UUID changeId) {
}
