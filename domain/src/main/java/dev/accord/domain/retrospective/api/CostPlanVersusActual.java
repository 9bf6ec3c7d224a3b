package dev.accord.domain.retrospective.api;

import dev.accord.domain.shared.Money;
import java.math.BigDecimal;

/**
 * Cost, planned against actual. Spend to date counts each month once, as last recorded (a month recorded again
 * corrects it). Null where the plan has no figure yet: no approved budget before the initial budget is decided.
 *
 * @param firstApprovedBudget the budget the initial decision approved
 * @param approvedBudget      the budget in force now, after every budget change that took effect
 * @param variance            spend to date minus the approved budget: positive is over budget
 * @param usedPercent         spend to date as a share of the approved budget, in percent, one decimal
 */
public record CostPlanVersusActual(
        Money requestedBudget,
        Money firstApprovedBudget,
        Money approvedBudget,
        Money spendToDate,
        Money variance,
        BigDecimal usedPercent) {}
