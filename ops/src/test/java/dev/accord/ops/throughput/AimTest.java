package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AimTest {

    @Test
    void isMetWithHalfOfPgbenchsRateAndAP99Under50Ms() {
        Aim aim = new Aim(16, 3_020, 6_040, 49.9);

        assertThat(aim.ratio()).isEqualTo(0.5);
        assertThat(aim.met()).isTrue();
        assertThat(aim.verdict()).endsWith("**Aim met.**");
    }

    @Test
    void isMissedBelowHalfTheRateOrAtAP99Of50Ms() {
        assertThat(new Aim(16, 3_019, 6_040, 10).rateMet()).isFalse();
        assertThat(new Aim(16, 3_019, 6_040, 10).met()).isFalse();
        assertThat(new Aim(16, 5_000, 6_040, 50).latencyMet()).isFalse();
        assertThat(new Aim(16, 26, 6_040, 722).verdict())
                .contains("0.004 of pgbench's 6,040 transactions/s")
                .contains("p99 722.0 ms (aim: under 50 ms): missed")
                .endsWith("**Aim missed.**");
    }

    @Test
    void withoutAPgbenchRateTheRatioIsZeroNotInfinite() {
        assertThat(new Aim(16, 100, 0, 10).ratio()).isZero();
    }
}
