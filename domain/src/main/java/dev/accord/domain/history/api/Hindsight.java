package dev.accord.domain.history.api;

import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What happened after a decision, set against the figures the decision rested on.
 *
 * @param approvedBudgetThen the approved budget right after the decision (null if none was approved yet)
 * @param expectedYearlyBenefitsThen the yearly benefits the ROI case of then promised (null without an ROI case)
 * @param roiPercentThen the ROI the case of then showed
 * @param spendToDate what the project has spent by now
 * @param spendShareOfBudget spend to date as a percentage of the budget approved then (null without one)
 * @param benefitsToDate the benefits realised by now
 * @param monthsAfter the months of actuals recorded after the decision
 */
public record Hindsight(
        ProjectStatus statusNow,
        Money approvedBudgetThen,
        Money approvedBudgetNow,
        Money expectedYearlyBenefitsThen,
        BigDecimal roiPercentThen,
        Money spendToDate,
        BigDecimal spendShareOfBudget,
        Money benefitsToDate,
        List<ActualsRow> monthsAfter) {}
