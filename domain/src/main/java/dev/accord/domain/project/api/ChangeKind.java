package dev.accord.domain.project.api;

/** What a change request moves. Money, scope and life-cycle move only by a jointly approved change. */
public enum ChangeKind {
    /** Opened by the proposal: the budget the project starts with. */
    INITIAL_BUDGET("the initial budget"),
    BUDGET("the budget change"),
    SCOPE("the scope change"),
    TIMELINE("the timeline change"),
    PAUSE("pausing the project"),
    RESUME("resuming the project"),
    CANCEL("cancelling the project"),
    COMPLETE("completing the project");

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
}
