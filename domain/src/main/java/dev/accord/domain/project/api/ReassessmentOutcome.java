package dev.accord.domain.project.api;

/** How a reassessment ends: carry on, adjust (opens a BUDGET change) or stop (opens a CANCEL change). */
public enum ReassessmentOutcome {
    CONTINUE,
    ADJUST,
    STOP
}
