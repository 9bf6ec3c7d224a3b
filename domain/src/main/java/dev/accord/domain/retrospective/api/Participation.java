package dev.accord.domain.retrospective.api;

/** The kinds of part a person takes in a project, as the retrospective counts them. */
public enum Participation {
    PROPOSED("proposed"),
    ESTIMATED("estimated"),
    RECORDED_ROI_CASE("recorded the ROI case"),
    ANSWERED_QUESTIONS("answered the four questions"),
    REQUESTED_CHANGE("requested a change"),
    REVISED_CHANGE("revised a change"),
    WITHDREW_CHANGE("withdrew a change"),
    APPROVED("approved"),
    REJECTED("rejected"),
    RECORDED_ACTUALS("recorded actuals"),
    CALLED_REASSESSMENT("called for a reassessment"),
    GAVE_REASSESSMENT_VIEW("gave a reassessment view"),
    CONCLUDED_REASSESSMENT("concluded a reassessment"),
    SET_REVIEW_POLICY("set the review policy"),
    COMMENTED("commented");

    private final String phrase;

    Participation(String phrase) {
        this.phrase = phrase;
    }

    /** "approved", as in "Fay Lund (Finance) approved 3 times". */
    public String phrase() {
        return phrase;
    }
}
