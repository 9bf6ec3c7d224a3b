package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.ops.harness.MachineLoad;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputTablesTest {

    private static final long MS = 1_000_000;
    private static final MachineLoad QUIET = new MachineLoad("0.50, 0.40, 0.30", 2);
    private static final MachineLoad BUSY = new MachineLoad("1.20, 0.60, 0.35", 2);

    @Test
    void aRowSetsAccordsAcceptedRateAgainstPgbenchsTps() {
        Tally tally = new Tally(0, 10_000 * MS); // 10 s
        for (int i = 0; i < 1_000; i++) {
            tally.answered(CommandKind.COMMENT, 201, i * MS, i * MS + 20 * MS);
        }
        tally.answered(CommandKind.CHANGE_REQUEST, 409, 0, 5 * MS);
        tally.answered(CommandKind.IT_APPROVAL, 500, 0, 7 * MS);
        AccordLevel.Result accord = new AccordLevel.Result(16, tally, 1_500, 395, 105, 3, QUIET, BUSY, Map.of());
        PgbenchLevel.Result pgbench = new PgbenchLevel.Result(
                16,
                new PgbenchOutput(60_000, 0, 2.5, 6_000),
                2.1,
                9.8,
                0,
                59_990,
                10.1,
                new AppendTransaction(200, 395, 105),
                BUSY,
                QUIET,
                Map.of());

        List<String> table = ThroughputTables.levels(List.of(accord), List.of(pgbench));

        assertThat(table).hasSize(3);
        assertThat(table.get(2))
                .isEqualTo("| 16 | 100.0 | 20.0 ms | 20.0 ms | 1 | 1 × 500 | 150.0 | 6,000 | 2.10 ms | 9.80 ms "
                        + "| **0.017** | 0.50 → 1.20; 1.20 → 0.50 |");
    }

    @Test
    void aLevelWithoutPgbenchLeavesItsColumnsEmpty() {
        AccordLevel.Result accord =
                new AccordLevel.Result(1, new Tally(0, 1_000 * MS), 0, 0, 0, 0, QUIET, QUIET, Map.of());

        assertThat(ThroughputTables.row(accord, null))
                .isEqualTo("| 1 | 0.0 | – | – | 0 | none | 0.0 | – | – | – | – | 0.50 → 0.50 |");
    }

    @Test
    void coresLeaveOutWhoUsedNothingButAlwaysSayHowMuchWasIdle() {
        assertThat(ThroughputTables.cores(new LinkedHashMap<>(Map.of("Accord", 1.234, "pgbench", 0.001, "idle", 0.0))))
                .contains("Accord 1.23")
                .contains("idle 0.00")
                .doesNotContain("pgbench");
    }
}
