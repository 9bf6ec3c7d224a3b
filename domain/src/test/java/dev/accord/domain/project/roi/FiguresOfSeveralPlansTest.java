package dev.accord.domain.project.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several plans taken together as one investment: their flows year by year, their benefits against their costs. */
class FiguresOfSeveralPlansTest {

    private static final BigDecimal TEN = new BigDecimal("10");

    @Test
    void onePlanAloneHasExactlyItsOwnFigures() {
        CashFlowPlan plan = plan("400000", "10000", "200000", 5);

        assertThat(RoiCalculator.figuresForAll(List.of(plan), TEN)).isEqualTo(RoiCalculator.figuresFor(plan, TEN));
    }

    @Test
    void plansOfOneHorizonAddUpYearByYear() {
        RoiFigures together = RoiCalculator.figuresForAll(
                List.of(plan("400000", "0", "200000", 3), plan("200000", "0", "100000", 3)), TEN);

        // 600,000 now and 300,000 a year for 3 years at 10 %: 300,000 × 2.4868520 − 600,000.
        assertThat(together.npv()).isEqualByComparingTo("146055.60");
        assertThat(together.roiPercent()).isEqualByComparingTo("50.00");
        assertThat(together.paybackYears()).isEqualByComparingTo("2.00");
        assertThat(together.irrPercent())
                .isEqualTo(RoiCalculator.figuresFor(plan("600000", "0", "300000", 3), TEN)
                        .irrPercent());
    }

    @Test
    void aShorterPlanEndsEarlier() {
        // Flows: -100 | 60 + 10 | 60 + 10 | 10; undiscounted they come to 50.
        RoiFigures together = RoiCalculator.figuresForAll(
                List.of(plan("100", "0", "60", 2), plan("0", "0", "10", 3)), BigDecimal.ZERO);

        assertThat(together.npv()).isEqualByComparingTo("50.00");
        // 120 + 30 of benefits on 100 of costs.
        assertThat(together.roiPercent()).isEqualByComparingTo("50.00");
    }

    @Test
    void aPlanAtAShareOfItsSizeScalesEveryFlow() {
        CashFlowPlan half = plan("400000", "10000", "200000", 5).scaled(new BigDecimal("0.5"));

        assertThat(half.netCashFlows().get(0)).isEqualByComparingTo("-200000");
        assertThat(half.netCashFlows().get(5)).isEqualByComparingTo("95000");
        assertThat(half.horizonYears()).isEqualTo(5);
    }

    @Test
    void noPlansAreNoInvestment() {
        assertThatThrownBy(() -> RoiCalculator.figuresForAll(List.of(), TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CashFlowPlan plan(String oneTime, String recurring, String benefit, int years) {
        return new CashFlowPlan(new BigDecimal(oneTime), new BigDecimal(recurring), new BigDecimal(benefit), years);
    }
}
