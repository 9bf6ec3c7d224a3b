package dev.accord.domain.retrospective.api;

import dev.accord.domain.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of actuals (the business period they were recorded for), as last recorded, beside the plan.
 *
 * @param budgetInForce     the approved budget when the month's actuals were last recorded: the plan the spend
 *                          was held against; null if no budget was approved yet
 * @param spendToDate       spend of this and every earlier month
 * @param benefitsExpectedToDate what the ROI case expected by the end of this month; null without an ROI case
 */
public record MonthPlanVersusActual(
        YearMonth period,
        LocalDate businessDate,
        Money spend,
        Money spendToDate,
        Money budgetInForce,
        Money benefitsRealised,
        Money benefitsRealisedToDate,
        Money benefitsExpectedToDate) {}
