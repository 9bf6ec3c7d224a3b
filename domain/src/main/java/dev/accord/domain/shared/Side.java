package dev.accord.domain.shared;

/** The two departments that decide IT budgets together. Every approval needs one of each. */
public enum Side {
    FINANCE("Finance"),
    IT("IT");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** How the side reads in sentences: "fay (Finance) approved…". */
    public String label() {
        return label;
    }
}
