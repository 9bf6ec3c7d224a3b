package dev.accord.domain.portfolio.api;

/**
 * What a change of a fiscal year itself moves, as opposed to a project's change: the year's IT budget, its approval
 * rules, or the weights its projects are ranked by. All take effect by the plain joint rule (one approval of each
 * side, never the requester's).
 */
public enum YearChangeKind {
    YEAR_BUDGET("the year budget"),
    APPROVAL_RULES("the approval rules"),
    RANKING_WEIGHTS("the ranking weights");

    private final String phrase;

    YearChangeKind(String phrase) {
        this.phrase = phrase;
    }

    /** How the change reads in a sentence: "fay (Finance) approved the year budget". */
    public String phrase() {
        return phrase;
    }
}
