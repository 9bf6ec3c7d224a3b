package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.PortfolioArithmetic;
import dev.accord.domain.portfolio.api.JointAssessment;
import dev.accord.domain.portfolio.api.MonthlySpend;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A fiscal year's portfolio made from its rows, the same way for the live read model and for a view of the past:
 * the figures and the ranking come from {@link PortfolioArithmetic}, by the weights the year had, each project scored
 * with its latest joint assessment ({@link JointAssessments}).
 */
final class PortfolioSummaries {

    private PortfolioSummaries() {}

    /**
     * @param year the year's row, null while neither a budget nor a rate was asked for
     * @param weights the year's ranking weights and the request to change them
     * @param projects every project proposed for the year
     * @param months every month of spend filed under the year
     * @param ratings every rating the year's projects were given, in every round
     */
    static PortfolioSummary of(
            int fiscalYear,
            String ledgerCurrency,
            PortfolioYearRow year,
            YearRankingWeights weights,
            List<PortfolioProjectRow> projects,
            List<PortfolioActualsRow> months,
            List<PortfolioAssessmentRow> ratings) {
        PortfolioYearRow row = year == null ? PortfolioYearRow.opened(fiscalYear) : year;
        String currency = row.currency() == null ? ledgerCurrency : row.currency();
        // Every project's share counts, a cancelled one's too: what it holds is what the aggregate says it holds.
        BigDecimal allocated =
                projects.stream().map(PortfolioProjectRow::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = PortfolioArithmetic.remaining(row.budget(), allocated);
        Map<UUID, JointAssessment> assessments = JointAssessments.latest(ratings);
        List<RankedProject> unranked = projects.stream()
                .map(project -> unranked(project, remaining, assessments.get(project.projectId())))
                .toList();
        List<RankedProject> ranked = PortfolioArithmetic.rank(unranked, weights.inForce());
        return new PortfolioSummary(
                fiscalYear,
                money(row.budget(), currency),
                new Money(allocated, currency),
                money(remaining, currency),
                row.discountRatePercent(),
                row.pendingBudgetChange(),
                money(row.pendingBudget(), currency),
                weights,
                ranked,
                spendByMonth(months, currency),
                PortfolioArithmetic.byDepartment(unranked, currency));
    }

    private static RankedProject unranked(
            PortfolioProjectRow project, BigDecimal remaining, JointAssessment assessment) {
        String currency = project.currency();
        return new RankedProject(
                0,
                project.projectId(),
                project.title(),
                project.status(),
                new Money(project.requested(), currency),
                new Money(project.allocated(), currency),
                new Money(project.spendToDate(), currency),
                project.npv(),
                project.roiPercent(),
                project.irrPercent(),
                PortfolioArithmetic.fitsRemaining(project.status(), project.requested(), remaining),
                project.department(),
                assessment,
                null);
    }

    /** All the year's projects together, month by month in calendar order. */
    private static List<MonthlySpend> spendByMonth(List<PortfolioActualsRow> months, String currency) {
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        months.forEach(month -> byMonth.merge(month.period(), month.spend(), BigDecimal::add));
        return byMonth.entrySet().stream()
                .map(month -> new MonthlySpend(month.getKey(), new Money(month.getValue(), currency)))
                .toList();
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }
}
