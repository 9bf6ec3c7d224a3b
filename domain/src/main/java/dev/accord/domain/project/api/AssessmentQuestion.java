package dev.accord.domain.project.api;

/** The four questions asked of every project, at approval and again at every reassessment. */
public enum AssessmentQuestion {
    CLEAR_ROI("Does it have a clear, documented, measurable and actively managed ROI?"),
    PROCESS_DELIVERY("Does it improve the delivery of specific company processes?"),
    LONG_TERM_OBJECTIVES("Does it serve long-term company and long-term IT objectives?"),
    COMPETITIVE_ADVANTAGE("Does it create a sustaining competitive advantage?");

    private final String text;

    AssessmentQuestion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
