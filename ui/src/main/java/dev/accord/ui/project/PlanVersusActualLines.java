package dev.accord.ui.project;

import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.ProjectDetail;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the project page's plan-against-actual chart, month by month: spend and realised benefits to date,
 * and what the ROI case expects by then ({@link BenefitsPlan}, the same line the retrospective draws).
 *
 * @param expected null without an ROI case
 */
public record PlanVersusActualLines(
        List<YearMonth> months,
        List<BigDecimal> spendToDate,
        List<BigDecimal> realisedToDate,
        List<BigDecimal> expected) {

    public static PlanVersusActualLines of(ProjectDetail project) {
        List<YearMonth> months = new ArrayList<>();
        List<BigDecimal> spend = new ArrayList<>();
        List<BigDecimal> realised = new ArrayList<>();
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal benefits = BigDecimal.ZERO;
        for (ActualsRow month : project.actuals()) {
            spent = spent.add(month.spend().amount());
            benefits = benefits.add(month.benefits().amount());
            months.add(month.period());
            spend.add(spent);
            realised.add(benefits);
        }
        List<BigDecimal> expected = project.roiCase() == null
                ? null
                : BenefitsPlan.of(project.roiCase().benefits()).expectedAlong(months);
        return new PlanVersusActualLines(months, spend, realised, expected);
    }
}
