package dev.accord.ops.fault;

/** What a writer sends, and the event the ledger holds for it once accepted. */
enum CommandKind {
    COMMENT("CommentAdded"),
    COMMENT_ON_CHANGE("CommentAdded"),
    ESTIMATE("EstimateSubmitted"),
    PROPOSAL("ProjectProposed");

    private final String eventName;

    CommandKind(String eventName) {
        this.eventName = eventName;
    }

    String eventName() {
        return eventName;
    }
}
