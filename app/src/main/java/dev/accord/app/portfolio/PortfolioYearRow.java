package dev.accord.app.portfolio;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A fiscal year's row of the portfolio read model (table {@code portfolio_year}): the budget once both sides set it,
 * Finance's discount rate, and a budget awaiting approval. The as-of view keeps the same rows in memory.
 */
public record PortfolioYearRow(
        int fiscalYear,
        BigDecimal budget,
        String currency,
        BigDecimal discountRatePercent,
        UUID pendingBudgetChange,
        BigDecimal pendingBudget) {

    /** A year opened by its first request or rate: nothing set yet. */
    static PortfolioYearRow opened(int fiscalYear) {
        return new PortfolioYearRow(fiscalYear, null, null, null, null, null);
    }

    PortfolioYearRow withPendingBudget(UUID changeId, BigDecimal amount) {
        return new PortfolioYearRow(fiscalYear, budget, currency, discountRatePercent, changeId, amount);
    }

    PortfolioYearRow withBudget(BigDecimal amount, String inCurrency) {
        return new PortfolioYearRow(fiscalYear, amount, inCurrency, discountRatePercent, null, null);
    }

    PortfolioYearRow withoutPendingBudget() {
        return new PortfolioYearRow(fiscalYear, budget, currency, discountRatePercent, null, null);
    }

    PortfolioYearRow withDiscountRate(BigDecimal ratePercent) {
        return new PortfolioYearRow(fiscalYear, budget, currency, ratePercent, pendingBudgetChange, pendingBudget);
    }
}
