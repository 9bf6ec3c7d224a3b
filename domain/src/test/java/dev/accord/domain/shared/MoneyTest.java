package dev.accord.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void acceptsLedgerAmounts() {
        assertThat(Money.amountProblem(new BigDecimal("0.01"))).isEmpty();
        assertThat(Money.amountProblem(new BigDecimal("1000000000000"))).isEmpty();
        assertThat(Money.amountProblem(new BigDecimal("12.50"))).isEmpty();
        assertThat(Money.amountProblem(new BigDecimal("12.500")))
                .as("trailing zeros are not precision")
                .isEmpty();
    }

    @Test
    void saysWhatIsWrongWithAnAmount() {
        assertThat(Money.amountProblem(null)).contains("Amount is required");
        assertThat(Money.amountProblem(BigDecimal.ZERO)).contains("Amount must be greater than zero");
        assertThat(Money.amountProblem(new BigDecimal("-1"))).contains("Amount must be greater than zero");
        assertThat(Money.amountProblem(new BigDecimal("1.001")))
                .contains("Amount must have at most two decimal places");
        assertThat(Money.amountProblem(new BigDecimal("1000000000000.01")))
                .contains("Amount must be at most 1,000,000,000,000");
    }

    @Test
    void knowsIsoCurrencies() {
        assertThat(Money.currencyProblem("EUR")).isEmpty();
        assertThat(Money.currencyProblem("CHF")).isEmpty();
        assertThat(Money.currencyProblem("XYZ")).contains("Unknown currency code 'XYZ'");
        assertThat(Money.currencyProblem(" ")).contains("Currency is required");
    }

    @Test
    void readsLikeAFigureInATimeline() {
        assertThat(Money.of("110000", "EUR")).hasToString("EUR 110,000.00");
        assertThat(Money.of("0.5", "CHF")).hasToString("CHF 0.50");
        assertThat(Money.of("1000000000000", "USD")).hasToString("USD 1,000,000,000,000.00");
        assertThat(new Money(new java.math.BigDecimal("-1234.565"), "EUR")).hasToString("EUR -1,234.57");
    }
}
