package dev.accord.domain.project.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashFlowPlanTest {

    @Test
    void netCashFlowsStartWithTheOutlayThenTheNetOfEachYear() {
        CashFlowPlan plan = new CashFlowPlan(bd("50000"), bd("10000"), bd("30000.50"), 3);

        assertThat(plan.netCashFlows()).containsExactly(bd("-50000"), bd("20000.50"), bd("20000.50"), bd("20000.50"));
    }

    @Test
    void netCashFlowsCannotBeChangedByTheCaller() {
        List<BigDecimal> flows = new CashFlowPlan(bd("1"), bd("0"), bd("2"), 1).netCashFlows();

        assertThatThrownBy(() -> flows.set(0, BigDecimal.ZERO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}/{1}/{2} over {3}y is refused: {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "     | 0   | 0   | 3  | One-time cost is required",
                "0    |     | 0   | 3  | Recurring yearly cost is required",
                "0    | 0   |     | 3  | Yearly benefit is required",
                "-1   | 0   | 0   | 3  | One-time cost must not be negative, was -1",
                "0    | -0.01 | 0 | 3  | Recurring yearly cost must not be negative, was -0.01",
                "0    | 0   | -5  | 3  | Yearly benefit must not be negative, was -5",
                "0    | 0   | 0   | 0  | Horizon must be between 1 and 30 years, was 0",
                "0    | 0   | 0   | 31 | Horizon must be between 1 and 30 years, was 31",
            })
    void refusesAnInvalidPlanWithAReadableMessage(
            BigDecimal oneTime, BigDecimal recurring, BigDecimal benefit, int years, String message) {
        assertThatThrownBy(() -> new CashFlowPlan(oneTime, recurring, benefit, years))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void acceptsTheLimitsOfTheHorizon() {
        assertThat(new CashFlowPlan(bd("0"), bd("0"), bd("0"), 1).netCashFlows())
                .hasSize(2);
        assertThat(new CashFlowPlan(bd("0"), bd("0"), bd("0"), 30).netCashFlows())
                .hasSize(31);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
