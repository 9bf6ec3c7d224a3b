package dev.accord.domain.project.roi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for every plan, checked over many generated ones. The seed is fixed so a failure
 * reproduces; the plan it failed on is in the assertion description.
 */
class RoiPropertiesTest {

    private static final long SEED = 20_250_101L;
    private static final int PLANS = 400;
    private static final BigDecimal ONE_BASIS_POINT_OF_A_PERCENT = new BigDecimal("0.0001");

    @Test
    void npvAtTheIrrIsZero() {
        int plansWithAnIrr = 0;
        for (CashFlowPlan plan : generatedPlans()) {
            List<BigDecimal> flows = plan.netCashFlows();
            Optional<BigDecimal> irr = IrrSearch.ratePercent(flows);
            if (irr.isEmpty()) {
                continue;
            }
            plansWithAnIrr++;
            BigDecimal size =
                    flows.stream().map(BigDecimal::abs).reduce(BigDecimal::max).orElseThrow();

            BigDecimal npvAtIrr = RoiCalculator.npv(flows, irr.get());

            assertThat(npvAtIrr.abs().divide(size, MathContext.DECIMAL64))
                    .as("NPV at the IRR relative to the largest flow, for %s", plan)
                    .isLessThanOrEqualTo(new BigDecimal("1e-6"));
            // The rounded figure must still bracket the root: just below it NPV is positive, just above negative.
            BigDecimal shown = RoiCalculator.figuresFor(plan, BigDecimal.ZERO).irrPercent();
            assertThat(RoiCalculator.npv(flows, shown.subtract(ONE_BASIS_POINT_OF_A_PERCENT)))
                    .as("NPV just below the shown IRR %s for %s", shown, plan)
                    .isPositive();
            assertThat(RoiCalculator.npv(flows, shown.add(ONE_BASIS_POINT_OF_A_PERCENT)))
                    .as("NPV just above the shown IRR %s for %s", shown, plan)
                    .isNegative();
        }
        assertThat(plansWithAnIrr).as("plans that exercised the IRR").isGreaterThan(PLANS / 3);
    }

    @Test
    void npvFallsAsTheDiscountRateRisesForAConventionalPlan() {
        Random random = new Random(SEED);
        int conventional = 0;
        for (CashFlowPlan plan : generatedPlans()) {
            if (!isConventional(plan)) {
                continue;
            }
            conventional++;
            List<BigDecimal> rates = ascendingRates(random);
            for (int i = 1; i < rates.size(); i++) {
                BigDecimal lower = rates.get(i - 1);
                BigDecimal higher = rates.get(i);

                assertThat(RoiCalculator.npv(plan.netCashFlows(), higher))
                        .as("NPV at %s %% vs %s %% for %s", higher, lower, plan)
                        .isLessThan(RoiCalculator.npv(plan.netCashFlows(), lower));
                // Rounded to cents, neighbouring rates may tie, but never reverse.
                assertThat(RoiCalculator.figuresFor(plan, higher).npv())
                        .isLessThanOrEqualTo(
                                RoiCalculator.figuresFor(plan, lower).npv());
            }
        }
        assertThat(conventional).as("conventional plans generated").isGreaterThan(PLANS / 3);
    }

    @Test
    void paybackIsMissingExactlyWhenTheCumulativeFlowEndsTheHorizonBelowZero() {
        int neverPaidBack = 0;
        for (CashFlowPlan plan : generatedPlans()) {
            BigDecimal cumulativeAtHorizon = plan.netCashFlows().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

            BigDecimal payback = RoiCalculator.figuresFor(plan, BigDecimal.ONE).paybackYears();

            // In this plan shape the cumulative flow moves one way after year 0, so ending below zero is the
            // same as never being in the black for good.
            assertThat(payback == null).as("payback missing for %s", plan).isEqualTo(cumulativeAtHorizon.signum() < 0);
            if (payback == null) {
                neverPaidBack++;
                continue;
            }
            assertThat(payback).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(plan.horizonYears()));
            // Linear inside each year: the cumulative flow at time p is -outlay + p * net. At the shown payback
            // it is zero, up to the half-hundredth of a year the rounding may move p.
            BigDecimal yearlyNet = plan.yearlyBenefit().subtract(plan.recurringYearlyCost());
            BigDecimal cumulativeAtPayback = plan.oneTimeCost().negate().add(payback.multiply(yearlyNet));
            assertThat(cumulativeAtPayback.abs())
                    .as("cumulative flow at payback %s for %s", payback, plan)
                    .isLessThanOrEqualTo(yearlyNet.abs().multiply(new BigDecimal("0.005")));
        }
        assertThat(neverPaidBack).as("plans never paid back").isPositive().isLessThan(PLANS);
    }

    @Test
    void theSameInputsGiveIdenticalFigures() {
        Random random = new Random(SEED);
        for (CashFlowPlan plan : generatedPlans()) {
            BigDecimal rate = ascendingRates(random).get(0);

            RoiFigures first = RoiCalculator.figuresFor(plan, rate);
            RoiFigures second = RoiCalculator.figuresFor(
                    new CashFlowPlan(
                            plan.oneTimeCost(), plan.recurringYearlyCost(), plan.yearlyBenefit(), plan.horizonYears()),
                    new BigDecimal(rate.toString()));

            // Record equality compares each BigDecimal with equals, so value and scale must both match.
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void figuresDoNotDependOnHowManyDecimalsTheAmountsAreWrittenWith() {
        for (CashFlowPlan plan : generatedPlans()) {
            CashFlowPlan padded = new CashFlowPlan(
                    plan.oneTimeCost().setScale(6),
                    plan.recurringYearlyCost().setScale(6),
                    plan.yearlyBenefit().setScale(6),
                    plan.horizonYears());

            assertThat(RoiCalculator.figuresFor(padded, new BigDecimal("8.000")))
                    .as("figures for %s written with six decimals", plan)
                    .isEqualTo(RoiCalculator.figuresFor(plan, new BigDecimal("8")));
        }
    }

    /**
     * Half the plans have amounts drawn independently, from cents to millions with zeros mixed in, because the
     * edge cases live at zero and at extreme ratios. The other half look like real cases, with running costs and
     * benefits in proportion to the outlay, so that most of them have an IRR to check.
     */
    private static List<CashFlowPlan> generatedPlans() {
        Random random = new Random(SEED);
        List<CashFlowPlan> plans = new ArrayList<>(PLANS);
        for (int i = 0; i < PLANS; i++) {
            int years = 1 + random.nextInt(30);
            if (random.nextBoolean()) {
                plans.add(new CashFlowPlan(amount(random), amount(random), amount(random), years));
            } else {
                BigDecimal outlay = amount(random).add(BigDecimal.ONE);
                BigDecimal recurring = share(outlay, random.nextDouble() * 0.3);
                // Net yearly from -10 % to +100 % of the outlay: mostly paid back, sometimes not, sometimes a loss.
                BigDecimal net = share(outlay, random.nextDouble() * 1.1 - 0.1);
                plans.add(new CashFlowPlan(outlay, recurring, recurring.add(net).max(BigDecimal.ZERO), years));
            }
        }
        return plans;
    }

    private static BigDecimal share(BigDecimal amount, double fraction) {
        return amount.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal amount(Random random) {
        if (random.nextInt(8) == 0) {
            return BigDecimal.ZERO;
        }
        long magnitude = (long) Math.pow(10, 2 + random.nextInt(8));
        return BigDecimal.valueOf(1 + (long) (random.nextDouble() * magnitude), 2);
    }

    private static List<BigDecimal> ascendingRates(Random random) {
        return IntStream.generate(() -> random.nextInt(10_001))
                .distinct()
                .limit(6)
                .sorted()
                .mapToObj(hundredths -> BigDecimal.valueOf(hundredths, 2))
                .toList();
    }

    private static boolean isConventional(CashFlowPlan plan) {
        return plan.oneTimeCost().signum() > 0 && plan.yearlyBenefit().compareTo(plan.recurringYearlyCost()) > 0;
    }
}
