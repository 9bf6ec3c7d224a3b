package dev.accord.domain.retrospective.api;

import dev.accord.domain.shared.Money;
import java.util.List;

/**
 * A fiscal year looked back on: the IT budget set for it, what its projects were allocated, spent and realised,
 * each project's line, the decisions they took and who took part. A project counts in the year it was proposed
 * for; all its months of actuals count, whichever calendar year they fall in.
 *
 * @param budget          the year's IT budget; null if never set
 * @param allocated       the approved budgets of the year's projects, as the portfolio holds them
 * @param months          the year's projects together, month by month: spend and realised benefits added up; as
 *                        plan, the year's allocated total and what the projects' ROI cases expected by then
 */
public record YearRetrospective(
        int fiscalYear,
        Money budget,
        Money allocated,
        Money spendToDate,
        Money benefitsExpectedYearly,
        Money benefitsRealisedToDate,
        List<YearProjectLine> projects,
        List<MonthPlanVersusActual> months,
        DecisionCounts counts,
        List<Participant> participants) {}
