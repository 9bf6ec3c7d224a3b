package dev.accord.ui.project;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.ui.base.ChartJs;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Plan against actual, month by month: spend to date against the approved budget, and realised benefits
 * against what the ROI case expects by then ({@link PlanVersusActualLines}). Shown once there are actuals.
 */
class PlanVersusActual extends VerticalLayout {

    private final ChartJs chart = new ChartJs();

    PlanVersusActual() {
        setPadding(false);
        chart.setId("plan-versus-actual");
        add(new H3("Plan against actual"), chart);
    }

    void show(ProjectDetail project) {
        setVisible(!project.actuals().isEmpty());
        if (project.actuals().isEmpty()) {
            return;
        }
        PlanVersusActualLines lines = PlanVersusActualLines.of(project);
        List<String> months = lines.months().stream().map(YearMonth::toString).toList();
        List<ChartJs.Series> series = new ArrayList<>();
        if (project.approvedBudget() != null) {
            series.add(new ChartJs.Series(
                    "Approved budget",
                    Collections.nCopies(months.size(), project.approvedBudget().amount()),
                    "#6b7280",
                    true));
        }
        series.add(new ChartJs.Series("Spend to date", lines.spendToDate(), "#c2410c", false));
        if (lines.expected() != null) {
            series.add(new ChartJs.Series("Benefits expected by the ROI case", lines.expected(), "#15803d", true));
        }
        series.add(new ChartJs.Series("Benefits realised", lines.realisedToDate(), "#15803d", false));
        chart.showLines(
                "Plan against actual, to date (" + project.requestedBudget().currency() + ")", "Month", months, series);
    }
}
