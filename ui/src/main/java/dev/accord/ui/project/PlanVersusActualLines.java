package dev.accord.ui.project;

import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.MonthlyActuals;
import dev.accord.domain.project.api.ProjectDetail;
import java.math.BigDecimal;
import java.time.YearMonth;
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
        List<MonthlyActuals.ToDate> toDate = MonthlyActuals.toDateByMonth(project.actuals());
        List<YearMonth> months =
                toDate.stream().map(line -> line.month().period()).toList();
        List<BigDecimal> spend =
                toDate.stream().map(MonthlyActuals.ToDate::spendToDate).toList();
        List<BigDecimal> realised =
                toDate.stream().map(MonthlyActuals.ToDate::benefitsToDate).toList();
        List<BigDecimal> expected = project.roiCase() == null
                ? null
                : BenefitsPlan.of(project.roiCase().benefits()).expectedAlong(months);
        return new PlanVersusActualLines(months, spend, realised, expected);
    }
}
