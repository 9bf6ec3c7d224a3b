package dev.accord.app.rebuild;

import java.util.List;

/**
 * The tables that hold read models: everything that can be rebuilt from the event table. Parents before children
 * (project_change refers to project_detail), so rows are put back in this order and taken out in reverse.
 * RebuildIT fails if a table appears in the database that is neither listed here nor known infrastructure, so a new
 * read model cannot be forgotten.
 */
final class ReadModelTables {

    static final List<String> IN_ORDER = List.of(
            "project_summary",
            "project_detail",
            "project_change",
            "project_change_approval",
            "project_estimate",
            "project_roi_case",
            "project_assessment_answer",
            "project_actuals",
            "timeline_entry",
            "pending_project",
            "pending_approval",
            "portfolio_year",
            "portfolio_project",
            "portfolio_actuals");

    private ReadModelTables() {}
}
