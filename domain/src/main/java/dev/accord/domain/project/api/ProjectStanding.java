package dev.accord.domain.project.api;

import java.util.UUID;

/**
 * Where a project stands as another aggregate's rule needs to know it, read from the project's own events: its fiscal
 * year, its state and the currency its figures are kept in.
 */
public record ProjectStanding(UUID projectId, int fiscalYear, ProjectStatus status, String currency) {}
