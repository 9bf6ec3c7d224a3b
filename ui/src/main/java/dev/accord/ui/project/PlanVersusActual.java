package dev.accord.ui.project;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.ui.base.ChartJs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Plan against actual, month by month: spend to date against the approved budget, and realised benefits
 * against what the ROI case expects by then. Shown once there are actuals.
 */
class PlanVersusActual extends VerticalLayout {

    private final ChartJs chart = new ChartJs();

    PlanVersusActual() {
        setPadding(false);
        chart.setId("plan-versus-actual");
        add(new H3("Plan against actual"), chart);
    }

    void show(ProjectDetail project) {
        List<ActualsRow> actuals = project.actuals();
        setVisible(!actuals.isEmpty());
        if (actuals.isEmpty()) {
            return;
        }
        BigDecimal yearlyBenefits = project.roiCase() == null
                ? null
                : project.roiCase().benefits().stream()
                        .map(benefit -> benefit.yearlyAmount().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> months = new ArrayList<>();
        List<BigDecimal> spend = new ArrayList<>();
        List<BigDecimal> realised = new ArrayList<>();
        List<BigDecimal> expected = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal benefits = BigDecimal.ZERO;
        for (int i = 0; i < actuals.size(); i++) {
            ActualsRow month = actuals.get(i);
            spent = spent.add(month.spend().amount());
            benefits = benefits.add(month.benefits().amount());
            months.add(month.period().toString());
            spend.add(spent);
            realised.add(benefits);
            expected.add(
                    yearlyBenefits == null
                            ? null
                            : yearlyBenefits
                                    .multiply(BigDecimal.valueOf(i + 1))
                                    .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN));
        }
        List<ChartJs.Series> series = new ArrayList<>();
        if (project.approvedBudget() != null) {
            series.add(new ChartJs.Series(
                    "Approved budget",
                    Collections.nCopies(months.size(), project.approvedBudget().amount()),
                    "#6b7280",
                    true));
        }
        series.add(new ChartJs.Series("Spend to date", spend, "#c2410c", false));
        if (yearlyBenefits != null) {
            series.add(new ChartJs.Series("Benefits expected by the ROI case", expected, "#15803d", true));
        }
        series.add(new ChartJs.Series("Benefits realised", realised, "#15803d", false));
        chart.showLines(months, series);
    }
}
