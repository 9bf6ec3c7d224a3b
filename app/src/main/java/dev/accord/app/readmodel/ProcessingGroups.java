package dev.accord.app.readmodel;

/**
 * The name of each projection's processing group, written once: its {@code @ProcessingGroup}, its tables in
 * {@link ReadModelTables}, the order it is replayed in and its reset all refer to it. The names are stored (token and
 * dead-letter rows carry them), so renaming one means moving those rows too.
 */
public final class ProcessingGroups {

    public static final String PROJECT_SUMMARY = "project-summary";
    public static final String PROJECT_DETAIL = "project-detail";
    public static final String TIMELINE = "timeline";
    public static final String PENDING_APPROVALS = "pending-approvals";
    public static final String PORTFOLIO = "portfolio";
    public static final String NOTIFICATIONS = "notifications";
    public static final String SCENARIOS = "scenarios";

    private ProcessingGroups() {}
}
