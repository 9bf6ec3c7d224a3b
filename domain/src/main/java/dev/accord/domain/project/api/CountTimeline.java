package dev.accord.domain.project.api;

import java.util.UUID;

/** How many timeline entries match the filter of {@link FindTimelinePage}. */
public record CountTimeline(UUID projectId, String side, String type) {}
