package dev.accord.domain.retrospective.api;

import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One project's line in its fiscal year's retrospective.
 *
 * @param toFirstDecision from the proposal to the decision on the initial budget; null while undecided
 */
public record YearProjectLine(
        UUID projectId,
        String title,
        ProjectStatus status,
        Money requestedBudget,
        Money approvedBudget,
        Money spendToDate,
        Money benefitsExpectedYearly,
        Money benefitsRealisedToDate,
        LocalDate plannedEnd,
        YearMonth lastActualsPeriod,
        Duration toFirstDecision,
        DecisionCounts counts) {}
