package dev.accord.domain.project.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * What the ROI case expects to have been realised by a given month: one twelfth of the yearly benefits for every
 * calendar month from the first month with actuals to that month, both included. A month without actuals still
 * counts, so skipping a month does not lower what was expected. The aggregate's shortfall trigger, the project
 * page and the retrospective all take the expected line from here.
 */
public record BenefitsPlan(BigDecimal yearly) {

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    /** The plan of an ROI case: the sum of its expected yearly benefits. */
    public static BenefitsPlan of(List<ExpectedBenefit> benefits) {
        return new BenefitsPlan(benefits.stream()
                .map(benefit -> benefit.yearlyAmount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Calendar months from {@code firstMonthOfActuals} to {@code month}, both included. */
    public static int monthsElapsed(YearMonth firstMonthOfActuals, YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(firstMonthOfActuals, month) + 1;
    }

    /** What is expected after {@code months} calendar months of actuals, to the cent. */
    public BigDecimal expectedAfter(int months) {
        return yearly.multiply(BigDecimal.valueOf(months)).divide(MONTHS_A_YEAR, 2, RoundingMode.HALF_EVEN);
    }

    /** What is expected by the end of {@code month} when actuals began in {@code firstMonthOfActuals}. */
    public BigDecimal expectedBy(YearMonth firstMonthOfActuals, YearMonth month) {
        return expectedAfter(monthsElapsed(firstMonthOfActuals, month));
    }

    /** What is expected by the end of each of {@code periods}, the earliest of them being the first with actuals. */
    public List<BigDecimal> expectedAlong(List<YearMonth> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        YearMonth first = Collections.min(periods);
        return periods.stream().map(period -> expectedBy(first, period)).toList();
    }

    /** What is expected by the last month of {@code actuals}; zero before any actuals. */
    public BigDecimal expectedToDate(MonthlyActuals actuals) {
        return actuals.first()
                .map(first -> expectedBy(first, actuals.last().orElseThrow()))
                .orElse(BigDecimal.ZERO.setScale(2));
    }
}
