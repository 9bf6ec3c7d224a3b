package dev.accord.app.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables that hold read models, per projection (its processing group): everything that can be rebuilt from the
 * event table, and the one list of them. The rebuild copies, replays and swaps these tables; a projection's reset
 * empties its own; RebuildReadModelsIT compares them row for row and fails if a table appears in the database that is
 * neither listed here nor known infrastructure; ProjectionContractTest fails if a projection writes a table that is
 * not listed under its processing group. Parents before children (project_change refers to project_detail), so rows
 * are put back in this order and taken out in reverse.
 */
public final class ReadModelTables {

    private static final Map<String, List<String>> BY_PROCESSING_GROUP = new LinkedHashMap<>();

    static {
        BY_PROCESSING_GROUP.put(ProcessingGroups.PROJECT_SUMMARY, List.of("project_summary"));
        BY_PROCESSING_GROUP.put(
                ProcessingGroups.PROJECT_DETAIL,
                List.of(
                        "project_detail",
                        "project_change",
                        "project_change_approval",
                        "project_estimate",
                        "project_roi_case",
                        "project_assessment_answer",
                        "project_actuals"));
        BY_PROCESSING_GROUP.put(ProcessingGroups.TIMELINE, List.of("timeline_entry"));
        BY_PROCESSING_GROUP.put(
                ProcessingGroups.PENDING_APPROVALS,
                List.of("pending_project", "pending_approval", "pending_approval_vote"));
        BY_PROCESSING_GROUP.put(
                ProcessingGroups.PORTFOLIO,
                List.of(
                        "portfolio_year",
                        "portfolio_project",
                        "portfolio_actuals",
                        "portfolio_approval_rules",
                        "portfolio_ranking_weights",
                        "portfolio_assessment"));
        BY_PROCESSING_GROUP.put(
                ProcessingGroups.NOTIFICATIONS,
                List.of("notification_project", "notification_change", "notification_discussed", "notification"));
        BY_PROCESSING_GROUP.put(
                ProcessingGroups.SCENARIOS, List.of("scenario", "scenario_project", "scenario_candidate"));
    }

    /** Every read-model table, parents before children. */
    public static final List<String> IN_ORDER =
            BY_PROCESSING_GROUP.values().stream().flatMap(List::stream).toList();

    private ReadModelTables() {}

    /** The processing groups that keep read models. */
    public static Set<String> processingGroups() {
        return BY_PROCESSING_GROUP.keySet();
    }

    /** The tables the projection of this processing group keeps, and no other projection reads or writes. */
    public static List<String> of(String processingGroup) {
        List<String> tables = BY_PROCESSING_GROUP.get(processingGroup);
        if (tables == null) {
            throw new IllegalArgumentException("No read-model tables are listed for " + processingGroup);
        }
        return tables;
    }
}
