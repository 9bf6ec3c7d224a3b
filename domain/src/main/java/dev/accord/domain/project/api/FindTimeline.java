package dev.accord.domain.project.api;

import java.util.UUID;

/** Every event of a project as a readable entry, oldest first. */
public record FindTimeline(
        UUID projectId) {
}
