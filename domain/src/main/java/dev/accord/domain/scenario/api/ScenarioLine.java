package dev.accord.domain.scenario.api;

import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A project of a scenario as it is evaluated, in rank order.
 *
 * @param fits whether its amount fits what the year's budget leaves after the projects ranked above it that fit
 * @param npv its NPV at the year's rate for the scenario's amount (its ROI case pro rata); null without an ROI case
 * @param roiPercent its ROI, which a pro rata amount leaves as it is; null without an ROI case or costs
 */
public record ScenarioLine(
        int rank,
        UUID projectId,
        String title,
        ProjectStatus status,
        Money currentBudget,
        Money amount,
        boolean fits,
        BigDecimal npv,
        BigDecimal roiPercent) {

    /** The scenario's amount less the budget now: what the change it implies would move. */
    public Money difference() {
        return new Money(amount.amount().subtract(currentBudget.amount()), amount.currency());
    }

    /** Whether the scenario gives the project another amount than it has now, and so implies a change. */
    public boolean differs() {
        return amount.amount().compareTo(currentBudget.amount()) != 0;
    }
}
