package dev.accord.ops.throughput;

/** The commands of the mix, as the report names them. */
enum CommandKind {
    COMMENT("comment"),
    ESTIMATE("cost estimate"),
    CHANGE_REQUEST("change request"),
    FINANCE_APPROVAL("approval by Finance"),
    IT_APPROVAL("approval by IT");

    private final String label;

    CommandKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
