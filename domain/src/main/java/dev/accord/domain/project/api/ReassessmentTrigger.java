package dev.accord.domain.project.api;

/** Why a reassessment fell due. */
public enum ReassessmentTrigger {
    /** Actual spend passed the approved budget by more than the project's set share. */
    SPEND_OVERRUN,
    /** Realised benefits fell behind the ROI case by more than the project's set share. */
    BENEFIT_SHORTFALL,
    /** The project's review interval passed. */
    REVIEW_INTERVAL,
    /** Someone called for one. */
    REQUESTED
}
