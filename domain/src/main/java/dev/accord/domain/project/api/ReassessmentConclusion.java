package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;
import java.util.UUID;

/**
 * How a reassessment is proposed to end, the terms of a CONCLUSION change: ADJUST names the adjusted budget, and ADJUST
 * and STOP the id of the BUDGET or CANCEL change that will follow once both sides have approved the conclusion.
 */
public record ReassessmentConclusion(
        UUID reassessmentId,
        ReassessmentOutcome outcome,
        Money adjustedBudget,
        UUID followUpChangeId,
        String rationale) {

    /** "continue", "adjust to EUR 110,000.00", "stop". */
    public String describe() {
        String phrase = outcome.name().toLowerCase(java.util.Locale.ROOT);
        return adjustedBudget == null ? phrase : phrase + " to " + adjustedBudget;
    }
}
