package dev.accord.domain.project.api;

/**
 * What a change request moves. Money, scope, life-cycle and the project's controls (its review policy, the end of a
 * reassessment) move only by a jointly approved change.
 */
public enum ChangeKind {
    /** Opened by the proposal: the budget the project starts with. */
    INITIAL_BUDGET("the initial budget"),
    BUDGET("the budget change"),
    SCOPE("the scope change"),
    TIMELINE("the timeline change"),
    PAUSE("pausing the project"),
    RESUME("resuming the project"),
    CANCEL("cancelling the project"),
    COMPLETE("completing the project"),
    /** A new review policy: when the project's reassessment falls due on its own. */
    REVIEW_POLICY("the review policy change"),
    /** How a reassessment ends; continue, or adjust or stop with the change that follows. */
    CONCLUSION("the reassessment's conclusion");

    private final String phrase;

    ChangeKind(String phrase) {
        this.phrase = phrase;
    }

    /** How the change reads in a sentence: "fay (Finance) approved the budget change". */
    public String phrase() {
        return phrase;
    }

    /** Whether the change names a new budget, which the fiscal year's budget must be able to carry. */
    public boolean movesMoney() {
        return this == INITIAL_BUDGET || this == BUDGET;
    }

    /** Whether the change sets one of the project's controls rather than its figures or its life-cycle. */
    public boolean isControl() {
        return this == REVIEW_POLICY || this == CONCLUSION;
    }
}
