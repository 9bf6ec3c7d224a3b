package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PgbenchLogTest {

    @Test
    void takesEachTransactionsLatencyInMicrosecondsFromTheThirdField() throws Exception {
        // 100 transactions of 1 ms to 100 ms, in pgbench's format: client, number, time, script, epoch, µs.
        String log = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> "%d %d %d 0 1796008416 %d".formatted(i % 4, i, i * 1000, i * 37))
                .collect(Collectors.joining("\n"));

        PgbenchLog parsed = PgbenchLog.parse(log);

        assertThat(parsed.latency().getTotalCount()).isEqualTo(100);
        assertThat(parsed.latency().getValueAtPercentile(50) / 1000.0).isBetween(49.9, 50.1);
        assertThat(parsed.latency().getValueAtPercentile(99) / 1000.0).isBetween(98.9, 99.1);
        assertThat(parsed.failed()).isZero();
    }

    @Test
    void countsFailedAndSkippedTransactionsApartFromTheTimes() throws Exception {
        PgbenchLog parsed = PgbenchLog.parse("""
                0 1 1800 0 1796008416 630385
                0 2 failed 0 1796008416 632223 serialization
                1 1 skipped 0 1796008416 631947
                1 2 499 0 1796008416 632454
                """);

        assertThat(parsed.latency().getTotalCount()).isEqualTo(2);
        assertThat(parsed.failed()).isEqualTo(2);
    }
}
