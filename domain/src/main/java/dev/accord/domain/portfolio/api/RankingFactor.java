package dev.accord.domain.portfolio.api;

import dev.accord.domain.project.api.AssessmentQuestion;

/**
 * What a project's ranking score is made of: its ROI and NPV against the year's other projects, and the joint
 * assessment's rating of each of the four questions. Each has a weight, set jointly for the fiscal year.
 */
public enum RankingFactor {
    ROI("roi", "ROI", null),
    NPV("npv", "NPV", null),
    CLEAR_ROI("clearRoi", "Clear ROI", AssessmentQuestion.CLEAR_ROI),
    PROCESS_DELIVERY("processDelivery", "Process delivery", AssessmentQuestion.PROCESS_DELIVERY),
    LONG_TERM_OBJECTIVES("longTermObjectives", "Long-term objectives", AssessmentQuestion.LONG_TERM_OBJECTIVES),
    COMPETITIVE_ADVANTAGE("competitiveAdvantage", "Competitive advantage", AssessmentQuestion.COMPETITIVE_ADVANTAGE);

    private final String field;
    private final String label;
    private final AssessmentQuestion question;

    RankingFactor(String field, String label, AssessmentQuestion question) {
        this.field = field;
        this.label = label;
        this.question = question;
    }

    /** Its name in the API and in refusals ("weights.clearRoi"). */
    public String field() {
        return field;
    }

    /** Its name on screen. */
    public String label() {
        return label;
    }

    /** The assessment question it stands for; null for ROI and NPV. */
    public AssessmentQuestion question() {
        return question;
    }

    public boolean isAssessment() {
        return question != null;
    }
}
