package dev.accord.domain.scenario.api;

import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.shared.Money;
import java.util.UUID;

/**
 * A project of the year as a scenario weighs it: as the portfolio ranks it, with its budget now and the plan of its
 * latest ROI case.
 *
 * @param currentBudget the approved budget of a project under way, the requested one (its current version) of a
 *     proposal: what a scenario's amount is compared with, and what the change it implies starts from
 * @param initialChangeId the proposal's INITIAL_BUDGET change, which a proposal's new amount revises
 * @param plan the money side of its latest ROI case; null while it has none
 */
public record ScenarioCandidate(RankedProject project, Money currentBudget, UUID initialChangeId, CashFlowPlan plan) {

    public UUID projectId() {
        return project.projectId();
    }
}
