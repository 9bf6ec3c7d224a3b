package dev.accord.domain.project.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefusedRoiInputTest {

    private static final CashFlowPlan PLAN = new CashFlowPlan(bd("1000"), bd("0"), bd("500"), 3);

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "-100"})
    void refusesADiscountRateOutsideZeroToHundredPercent(String rate) {
        assertThatThrownBy(() -> RoiCalculator.figuresFor(PLAN, bd(rate)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Discount rate must be between 0 and 100 percent, was " + rate);
    }

    @Test
    void acceptsTheLimitsOfTheDiscountRate() {
        assertThatCode(() -> RoiCalculator.figuresFor(PLAN, bd("0"))).doesNotThrowAnyException();
        assertThat(RoiCalculator.figuresFor(PLAN, bd("100")).npv())
                .isEqualTo(bd("-562.50")); // -1000 + 250 + 125 + 62.5;
    }

    @Test
    void refusesMissingPlanOrRate() {
        assertThatThrownBy(() -> RoiCalculator.figuresFor(null, bd("8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A cash flow plan is required");
        assertThatThrownBy(() -> RoiCalculator.figuresFor(PLAN, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Discount rate is required");
    }

    @Test
    void npvRefusesARateThatWouldDivideByZero() {
        assertThatThrownBy(() -> RoiCalculator.npv(List.of(bd("-1"), bd("2")), bd("-100")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rate must be above -100 percent, was -100");
    }

    @Test
    void npvRefusesMissingFlows() {
        assertThatThrownBy(() -> RoiCalculator.npv(List.of(), bd("8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cash flows are required");
        assertThatThrownBy(() -> RoiCalculator.npv(Arrays.asList(bd("-1"), null), bd("8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cash flows are required");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
