package dev.accord.domain.scenario.api;

import dev.accord.domain.project.api.ProjectStanding;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a fiscal year's scenarios are weighed against: the year's budget (null while none is set), the discount rate
 * its ROI cases are computed with, and its ranked projects.
 *
 * @param currency the ledger's currency, which the year's figures are kept in
 * @param discountRatePercent Finance's rate for the year, or the default until it sets one
 * @param candidates the projects the portfolio ranks, in rank order
 */
public record ScenarioBasis(
        int fiscalYear,
        String currency,
        Money budget,
        BigDecimal discountRatePercent,
        List<ScenarioCandidate> candidates) {

    public Optional<ScenarioCandidate> candidate(UUID projectId) {
        return candidates.stream()
                .filter(candidate -> candidate.projectId().equals(projectId))
                .findFirst();
    }

    /** Where a ranked project of the year stands, for the scenario's rules; empty for any other project. */
    public Optional<ProjectStanding> standing(UUID projectId) {
        return candidate(projectId)
                .map(candidate -> new ProjectStanding(
                        projectId,
                        fiscalYear,
                        candidate.project().status(),
                        candidate.currentBudget().currency()));
    }
}
