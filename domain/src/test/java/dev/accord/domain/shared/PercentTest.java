package dev.accord.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void aShareIsInPercentWithOneDecimal() {
        assertThat(Percent.of(new BigDecimal("1"), new BigDecimal("3"))).isEqualTo(new BigDecimal("33.3"));
        assertThat(Percent.of(new BigDecimal("97000"), new BigDecimal("130000")))
                .isEqualTo(new BigDecimal("74.6"));
    }

    @Test
    void thereIsNoShareOfNothing() {
        assertThat(Percent.of(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
    }
}
