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
    REJECTED;

    /** Completed, cancelled or rejected: nothing more is estimated, assessed or changed. */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == REJECTED;
    }

    /** Active or paused: a budget is in force, so actuals are recorded and the project is reassessed. */
    public boolean isUnderWay() {
        return this == ACTIVE || this == PAUSED;
    }

    /**
     * Whether the project is among the fiscal year's ranked candidates: all but the rejected and the cancelled,
     * since a completed project keeps the budget it used.
     */
    public boolean isRanked() {
        return this != REJECTED && this != CANCELLED;
    }
}
