package dev.accord.domain.retrospective.api;

import dev.accord.domain.project.api.ReassessmentOutcome;

/**
 * How a decision ended: a change took effect, was rejected or withdrawn, or a reassessment concluded to continue,
 * adjust or stop. Exports write the name.
 */
public enum DecisionOutcome {
    TOOK_EFFECT,
    REJECTED,
    WITHDRAWN,
    CONTINUE,
    ADJUST,
    STOP;

    /** The outcome of a concluded reassessment. */
    public static DecisionOutcome of(ReassessmentOutcome outcome) {
        return switch (outcome) {
            case CONTINUE -> CONTINUE;
            case ADJUST -> ADJUST;
            case STOP -> STOP;
        };
    }
}
