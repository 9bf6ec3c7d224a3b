package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A fiscal year's budget, what approved projects take from it, the weights its projects are ranked by, every
 * project of the year in ranking order, and what each requesting department's projects come to
 * ({@code departments}, by name, those without one last).
 */
public record PortfolioSummary(
        int fiscalYear,
        Money budget,
        Money allocated,
        Money remaining,
        BigDecimal discountRatePercent,
        UUID pendingBudgetChangeId,
        Money pendingBudget,
        YearRankingWeights rankingWeights,
        List<RankedProject> projects,
        List<MonthlySpend> spendByMonth,
        List<DepartmentTotal> departments) {}
