package dev.accord.domain.project.api;

/** Where a project stands in its life-cycle. */
public enum ProjectStatus {
    /** The initial budget is not yet decided. */
    PROPOSED,
    /** A budget is approved. */
    ACTIVE,
    PAUSED,
    COMPLETED,
    CANCELLED,
    /** The initial budget was rejected. */
    REJECTED
}
