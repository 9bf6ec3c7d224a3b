package dev.accord.domain.project.api;

import java.util.UUID;

/** One project's summary, if it exists. */
public record FindProject(UUID projectId) {}
