package dev.accord.domain.project.api;

import java.util.UUID;

/** One project in detail: its changes with their approvals, estimates, ROI case, assessment and actuals. */
public record FindProjectDetail(UUID projectId) {}
