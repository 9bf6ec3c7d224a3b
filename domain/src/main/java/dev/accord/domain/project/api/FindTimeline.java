package dev.accord.domain.project.api;

import java.util.UUID;

/** Every event of a project as a readable entry, in the order they happened (comments are not threaded here). */
public record FindTimeline(UUID projectId) {}
