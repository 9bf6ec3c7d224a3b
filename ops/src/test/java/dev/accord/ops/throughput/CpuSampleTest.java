package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSampleTest {

    /** /proc/PID/stat of a process whose name holds a space and a parenthesis, as a thread or program may. */
    private static final String STAT = "2191 (postgres (main)) S 1 2191 2191 0 -1 4194560 3212 1540 0 0 "
            + "120 45 781 649 20 0 1 0 1093 223481856 6912 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0";

    @Test
    void readsOwnAndChildrenTimeAfterTheName() {
        assertThat(CpuSample.ownTicks(STAT)).isEqualTo(120 + 45);
        assertThat(CpuSample.childrenTicks(STAT)).isEqualTo(781 + 649);
        assertThat(CpuSample.parent(STAT)).isEqualTo(1);
    }

    @Test
    void countsIdleAndIowaitAsNotBusy() {
        long[] machine = CpuSample.machine("cpu  100 5 50 1000 20 3 2 1 0 0");

        assertThat(machine[0]).isEqualTo(100 + 5 + 50 + 3 + 2 + 1);
        assertThat(machine[1]).isEqualTo(100 + 5 + 50 + 1000 + 20 + 3 + 2 + 1);
    }

    @Test
    void givesEachUserItsCoresAndTheRestToOtherAndIdle() {
        // Two seconds on two cores: 400 ticks, 300 of them busy: Accord 150, PostgreSQL 60, harness 10.
        CpuSample before = new CpuSample(
                0, 1_000, 5_000, Map.of("Accord", 500L, "PostgreSQL", 100L, "pgbench", 0L, "harness", 40L));
        CpuSample after = new CpuSample(
                2_000_000_000L,
                1_300,
                5_400,
                Map.of("Accord", 650L, "PostgreSQL", 160L, "pgbench", 0L, "harness", 50L));

        Map<String, Double> cores = CpuSample.coresBetween(before, after);

        assertThat(cores.get("Accord")).isCloseTo(0.75, within(1e-9));
        assertThat(cores.get("PostgreSQL")).isCloseTo(0.30, within(1e-9));
        assertThat(cores.get("harness")).isCloseTo(0.05, within(1e-9));
        assertThat(cores.get("other")).isCloseTo(0.40, within(1e-9));
        assertThat(cores.get("idle")).isCloseTo(0.50, within(1e-9));
    }
}
