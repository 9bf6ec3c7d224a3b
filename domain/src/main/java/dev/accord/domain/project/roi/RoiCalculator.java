package dev.accord.domain.project.roi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deterministic ROI maths for a {@link CashFlowPlan}. Intermediate results carry 16 significant digits
 * (DECIMAL64) and are rounded once, at the end, to the scale each figure is shown with: rounding early would let
 * the displayed figures drift apart from each other.
 */
public final class RoiCalculator {

    static final MathContext MATH = MathContext.DECIMAL64;
    // Banker's rounding: no upward bias when many rounded figures are summed or compared later.
    private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUS_HUNDRED = HUNDRED.negate();

    private RoiCalculator() {}

    /**
     * @param discountRatePercent 0..100, e.g. 8 for 8 %; a negative or above-100 % cost of capital is a typo
     */
    public static RoiFigures figuresFor(CashFlowPlan plan, BigDecimal discountRatePercent) {
        if (plan == null) {
            throw new IllegalArgumentException("A cash flow plan is required");
        }
        return figuresForAll(List.of(plan), discountRatePercent);
    }

    /**
     * The figures of several plans taken together, as one investment: their flows added year by year (each plan
     * from its own year 0, a shorter one ending earlier), their total benefits against their total costs. One plan
     * alone gives exactly its own figures.
     *
     * @param discountRatePercent 0..100, e.g. 8 for 8 %; a negative or above-100 % cost of capital is a typo
     */
    public static RoiFigures figuresForAll(List<CashFlowPlan> plans, BigDecimal discountRatePercent) {
        if (plans == null || plans.isEmpty() || plans.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("At least one cash flow plan is required");
        }
        if (discountRatePercent == null) {
            throw new IllegalArgumentException("Discount rate is required");
        }
        if (discountRatePercent.signum() < 0 || discountRatePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "Discount rate must be between 0 and 100 percent, was " + discountRatePercent.toPlainString());
        }
        List<BigDecimal> flows = combinedFlows(plans);
        return new RoiFigures(
                npv(flows, discountRatePercent).setScale(2, ROUNDING),
                IrrSearch.ratePercent(flows)
                        .map(irr -> irr.setScale(4, ROUNDING))
                        .orElse(null),
                paybackYears(flows),
                roiPercent(
                        plans.stream().map(CashFlowPlan::totalBenefits).reduce(BigDecimal.ZERO, BigDecimal::add),
                        plans.stream().map(CashFlowPlan::totalCosts).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /** The plans' net flows added year by year; the result runs to the longest horizon. */
    private static List<BigDecimal> combinedFlows(List<CashFlowPlan> plans) {
        if (plans.size() == 1) {
            return plans.get(0).netCashFlows();
        }
        List<BigDecimal> combined = new ArrayList<>();
        for (CashFlowPlan plan : plans) {
            List<BigDecimal> flows = plan.netCashFlows();
            for (int year = 0; year < flows.size(); year++) {
                if (year == combined.size()) {
                    combined.add(flows.get(year));
                } else {
                    // Exact addition, in the plans' order: the same set always gives the same flows.
                    combined.set(year, combined.get(year).add(flows.get(year)));
                }
            }
        }
        return combined;
    }

    /**
     * Net present value: the sum of flow_t / (1 + r)^t, t counted from 0. Returned unrounded (16 significant
     * digits), because the IRR search needs the sign of values far smaller than a cent; round for display.
     *
     * @param ratePercent above -100, e.g. 8 for 8 %; negative rates are allowed so that the IRR can be searched for
     */
    public static BigDecimal npv(List<BigDecimal> flows, BigDecimal ratePercent) {
        if (flows == null || flows.isEmpty() || flows.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Cash flows are required, one per year starting at year 0");
        }
        if (ratePercent == null || ratePercent.compareTo(MINUS_HUNDRED) <= 0) {
            throw new IllegalArgumentException("Rate must be above -100 percent, was "
                    + (ratePercent == null ? "missing" : ratePercent.toPlainString()));
        }
        BigDecimal growth = BigDecimal.ONE.add(ratePercent.movePointLeft(2));
        BigDecimal sum = BigDecimal.ZERO;
        // Summed in year order, always: a fixed order of rounded additions is what makes the result repeatable.
        for (int year = 0; year < flows.size(); year++) {
            BigDecimal discounted = flows.get(year).divide(growth.pow(year, MATH), MATH);
            sum = sum.add(discounted, MATH);
        }
        return sum;
    }

    /**
     * The last year that ends in the red, plus the fraction of the following year needed to recover it. "For
     * good" rather than "first time": a plan with no outlay but a yearly loss must not read as paid back at once.
     */
    private static BigDecimal paybackYears(List<BigDecimal> flows) {
        int lastYearInTheRed = -1;
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal deficit = BigDecimal.ZERO;
        for (int year = 0; year < flows.size(); year++) {
            // Exact addition: amounts as entered, never more than a few dozen digits.
            cumulative = cumulative.add(flows.get(year));
            if (cumulative.signum() < 0) {
                lastYearInTheRed = year;
                deficit = cumulative.negate();
            }
        }
        if (lastYearInTheRed == flows.size() - 1) {
            return null;
        }
        if (lastYearInTheRed < 0) {
            return BigDecimal.ZERO.setScale(2, ROUNDING);
        }
        // The flow of the year that closes the gap is positive, else the year before would not be the last in the red.
        BigDecimal closingFlow = flows.get(lastYearInTheRed + 1);
        BigDecimal fraction = deficit.divide(closingFlow, MATH);
        return BigDecimal.valueOf(lastYearInTheRed).add(fraction, MATH).setScale(2, ROUNDING);
    }

    private static BigDecimal roiPercent(BigDecimal totalBenefits, BigDecimal totalCosts) {
        if (totalCosts.signum() == 0) {
            // A return on nothing spent is not a percentage; showing "infinite" would invite misreading.
            return null;
        }
        return totalBenefits
                .subtract(totalCosts)
                .multiply(HUNDRED)
                .divide(totalCosts, MATH)
                .setScale(2, ROUNDING);
    }
}
