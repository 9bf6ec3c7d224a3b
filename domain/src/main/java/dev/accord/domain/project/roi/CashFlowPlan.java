package dev.accord.domain.project.roi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The money side of an ROI case, as a finance member would sketch it: one outlay now, then the same
 * recurring cost and the same expected benefit every year until the horizon.
 *
 * @param oneTimeCost         spent at year 0
 * @param recurringYearlyCost spent at the end of each year 1..horizon
 * @param yearlyBenefit       the sum of the expected yearly benefits, received at the end of each year 1..horizon
 * @param horizonYears        {@value #MIN_HORIZON_YEARS}..{@value #MAX_HORIZON_YEARS}; longer horizons make any
 *                            benefit estimate fiction
 */
public record CashFlowPlan(
        BigDecimal oneTimeCost, BigDecimal recurringYearlyCost, BigDecimal yearlyBenefit, int horizonYears) {

    /** The years an estimate and its ROI case may cover: the aggregate's rule, this plan's and the form's bounds. */
    public static final int MIN_HORIZON_YEARS = 1;

    public static final int MAX_HORIZON_YEARS = 30;

    public CashFlowPlan {
        requireNonNegative("One-time cost", oneTimeCost);
        requireNonNegative("Recurring yearly cost", recurringYearlyCost);
        requireNonNegative("Yearly benefit", yearlyBenefit);
        if (!isHorizon(horizonYears)) {
            throw new IllegalArgumentException("Horizon must be between " + MIN_HORIZON_YEARS + " and "
                    + MAX_HORIZON_YEARS + " years, was " + horizonYears);
        }
    }

    /** Whether {@code years} is a horizon an estimate may cover. */
    public static boolean isHorizon(int years) {
        return years >= MIN_HORIZON_YEARS && years <= MAX_HORIZON_YEARS;
    }

    /**
     * The same plan at a share of its size, pro rata: every cost and the benefit times {@code share}, over the same
     * horizon. What a what-if scenario assumes of a project given another amount than the one its case was made for.
     */
    public CashFlowPlan scaled(BigDecimal share) {
        if (share == null || share.signum() < 0) {
            throw new IllegalArgumentException("A share must not be negative, was " + share);
        }
        return new CashFlowPlan(
                oneTimeCost.multiply(share, RoiCalculator.MATH),
                recurringYearlyCost.multiply(share, RoiCalculator.MATH),
                yearlyBenefit.multiply(share, RoiCalculator.MATH),
                horizonYears);
    }

    /** The benefits over the whole horizon, undiscounted. */
    public BigDecimal totalBenefits() {
        return yearlyBenefit.multiply(BigDecimal.valueOf(horizonYears));
    }

    /** The one-time cost and the recurring costs over the whole horizon, undiscounted. */
    public BigDecimal totalCosts() {
        return oneTimeCost.add(recurringYearlyCost.multiply(BigDecimal.valueOf(horizonYears)));
    }

    /** Index 0 is the outlay (negative), indexes 1..horizon the net of each year; the shape NPV and IRR expect. */
    public List<BigDecimal> netCashFlows() {
        List<BigDecimal> flows = new ArrayList<>(horizonYears + 1);
        flows.add(oneTimeCost.negate());
        // Exact subtraction: both operands are amounts as entered, no precision to lose.
        BigDecimal yearlyNet = yearlyBenefit.subtract(recurringYearlyCost);
        for (int year = 1; year <= horizonYears; year++) {
            flows.add(yearlyNet);
        }
        return Collections.unmodifiableList(flows);
    }

    private static void requireNonNegative(String what, BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        // Costs and benefits are entered as positive magnitudes; the sign comes from their role in the plan.
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + amount.toPlainString());
        }
    }
}
