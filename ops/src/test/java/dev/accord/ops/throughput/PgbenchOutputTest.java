package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgbenchOutputTest {

    @Test
    void readsTheSummaryPgbench15Prints() {
        PgbenchOutput output = PgbenchOutput.parse("""
                pgbench (15.20 (Debian 15.20-0+deb12u1))
                transaction type: /tmp/append-16.sql
                scaling factor: 1
                query mode: prepared
                number of clients: 16
                number of threads: 16
                maximum number of tries: 1
                duration: 30 s
                number of transactions actually processed: 181234
                number of failed transactions: 3 (0.002%)
                latency average = 2.649 ms
                initial connection time = 12.345 ms
                tps = 6040.123456 (without initial connection time)
                """);

        assertThat(output).isEqualTo(new PgbenchOutput(181234, 3, 2.649, 6040.123456));
    }

    @Test
    void takesTheRateWithoutConnectingFromReleasesBefore14() {
        PgbenchOutput output = PgbenchOutput.parse("""
                number of transactions actually processed: 1000
                latency average = 1.000 ms
                tps = 900.5 (including connections establishing)
                tps = 950.25 (excluding connections establishing)
                """);

        assertThat(output.tps()).isEqualTo(950.25);
        assertThat(output.failed()).isZero();
    }

    @Test
    void saysWhatIsMissingWhenPgbenchPrintedNoSummary() {
        assertThatThrownBy(() -> PgbenchOutput.parse("pgbench: error: connection to server failed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number of transactions actually processed")
                .hasMessageContaining("connection to server failed");
    }
}
