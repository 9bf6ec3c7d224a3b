package dev.accord.domain.project.api;

import java.util.UUID;

/**
 * The open changes of one project as the approvals inbox keeps them ({@link PendingApproval}), with what each still
 * lacks by the rules it was requested under: for the project page and the project's API to say "waiting for the CFO".
 */
public record FindOpenChangesOfProject(UUID projectId) {}
