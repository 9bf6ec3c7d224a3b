package dev.accord.domain.project;

import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Texts;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a cost estimate must hold: ledger amounts, a horizon within {@link CashFlowPlan}'s bounds, and a range the
 * right way round.
 */
final class EstimateRules {

    private EstimateRules() {}

    /** The estimate as it will be recorded, as version {@code version} of the project's estimates. */
    static EstimateSubmitted checked(UUID projectId, int version, SubmitEstimate command, ProjectCurrency ledger) {
        Money oneTime = ledger.amountOrZero("oneTimeCost", command.oneTimeCost());
        Money recurring = ledger.amountOrZero("recurringYearlyCost", command.recurringYearlyCost());
        Money low = ledger.amountOrZero("low", command.low());
        Money high = ledger.amountOrZero("high", command.high());
        if (!CashFlowPlan.isHorizon(command.horizonYears())) {
            throw new InvalidInputException(
                    "horizonYears",
                    "The horizon is " + CashFlowPlan.MIN_HORIZON_YEARS + " to " + CashFlowPlan.MAX_HORIZON_YEARS
                            + " years");
        }
        if (low.amount().compareTo(high.amount()) > 0) {
            throw new InvalidInputException("low", "The low end of the range cannot be above the high end");
        }
        return new EstimateSubmitted(
                projectId,
                version,
                command.actor().side(),
                oneTime,
                recurring,
                command.horizonYears(),
                totalOverHorizon(oneTime, recurring, command.horizonYears(), ledger),
                low,
                high,
                Texts.longText("assumptions", command.assumptions()),
                command.actor());
    }

    /** The one-time cost plus the recurring cost for each year, as the ROI % counts total costs. */
    private static Money totalOverHorizon(Money oneTime, Money recurring, int horizonYears, ProjectCurrency ledger) {
        return ledger.of(oneTime.amount()
                .add(recurring.amount().multiply(BigDecimal.valueOf(horizonYears)))
                .setScale(2));
    }
}
