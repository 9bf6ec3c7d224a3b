package dev.accord.domain.portfolio.api;

import java.math.BigDecimal;

/**
 * One factor's part of a project's ranking score: its weight in the year, the project's value on a scale of 0 to 1
 * (null when the project has none: no ROI case, not yet assessed), and the points it adds to the score.
 */
public record ScorePart(RankingFactor factor, int weight, BigDecimal value, BigDecimal points) {

    /** What a question's missing part says, wherever it is shown. */
    public static final String NOT_YET_ASSESSED = "not yet assessed";

    /** What a missing ROI or NPV says. */
    public static final String NO_ROI_CASE = "no ROI case yet";

    public boolean isMissing() {
        return value == null;
    }

    /** Why the part adds nothing because the project lacks it; null when the project has it. */
    public String whyMissing() {
        if (!isMissing()) {
            return null;
        }
        return factor.isAssessment() ? NOT_YET_ASSESSED : NO_ROI_CASE;
    }
}
