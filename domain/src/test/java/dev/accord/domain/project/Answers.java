package dev.accord.domain.project;

import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import java.util.List;

/** One side's answers to the four questions, given as ratings in question order. */
final class Answers {

    private Answers() {}

    static List<AssessmentAnswer> rated(
            int clearRoi, int processDelivery, int longTermObjectives, int competitiveAdvantage) {
        return List.of(
                new AssessmentAnswer(AssessmentQuestion.CLEAR_ROI, clearRoi, "Measured monthly"),
                new AssessmentAnswer(AssessmentQuestion.PROCESS_DELIVERY, processDelivery, "Order to cash"),
                new AssessmentAnswer(AssessmentQuestion.LONG_TERM_OBJECTIVES, longTermObjectives, "Fewer systems"),
                new AssessmentAnswer(AssessmentQuestion.COMPETITIVE_ADVANTAGE, competitiveAdvantage, "Faster quotes"));
    }
}
