package dev.accord.app.portfolio;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What one project of a fiscal year spent in one month (table {@code portfolio_actuals}), for the year's
 * budget-against-spend chart. A month recorded again replaces the earlier figure, as a correction does.
 */
public record PortfolioActualsRow(UUID projectId, YearMonth period, int fiscalYear, BigDecimal spend) {}
