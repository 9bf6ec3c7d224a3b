package dev.accord.domain.project;

import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.RoiCostBasis;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.project.roi.RoiCalculator;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an ROI case must hold: at least one expected benefit, each with a kind, a metric and a yearly ledger amount,
 * computed against the latest cost estimate. The figures shown stay in the event, so history shows what people saw.
 */
final class RoiCaseRules {

    private RoiCaseRules() {}

    /** @param estimate the latest cost estimate, or null before one is submitted */
    static RoiCaseRecorded recorded(
            UUID projectId,
            int version,
            RecordRoiCase command,
            EstimateSubmitted estimate,
            BigDecimal discountRatePercent,
            ProjectCurrency ledger) {
        if (estimate == null) {
            throw new ConflictException("An ROI case is computed from a cost estimate: submit an estimate first");
        }
        List<ExpectedBenefit> benefits = expected(command.benefits(), ledger);
        CashFlowPlan plan = new CashFlowPlan(
                estimate.oneTimeCost().amount(),
                estimate.recurringYearlyCost().amount(),
                BenefitsPlan.of(benefits).yearly(),
                estimate.horizonYears());
        return new RoiCaseRecorded(
                projectId,
                version,
                benefits,
                discountRatePercent,
                new RoiCostBasis(
                        estimate.version(),
                        estimate.oneTimeCost(),
                        estimate.recurringYearlyCost(),
                        estimate.horizonYears()),
                RoiCalculator.figuresFor(plan, discountRatePercent),
                command.actor());
    }

    private static List<ExpectedBenefit> expected(List<ExpectedBenefit> given, ProjectCurrency ledger) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("benefits", "Name at least one expected benefit");
        }
        Texts.checkSize("benefits", given);
        List<ExpectedBenefit> benefits = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ExpectedBenefit benefit = given.get(i);
            String field = "benefits[" + i + "]";
            if (benefit == null || benefit.category() == null) {
                throw new InvalidInputException(field + ".category", "Say what kind of benefit this is");
            }
            if (benefit.metric() == null || benefit.metric().isBlank()) {
                throw new InvalidInputException(field + ".metric", "Name the metric the benefit is measured by");
            }
            String metric = Texts.line(field + ".metric", benefit.metric());
            String target = Objects.requireNonNullElse(Texts.optionalLine(field + ".target", benefit.target()), "");
            benefits.add(new ExpectedBenefit(
                    benefit.category(),
                    metric,
                    target,
                    ledger.amount(field + ".yearlyAmount", benefit.yearlyAmount())));
        }
        return benefits;
    }
}
