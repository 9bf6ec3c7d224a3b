package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static final long MS = 1_000_000;
    /** A window from 10 s to 40 s on the nano clock. */
    private final Tally tally = new Tally(10_000 * MS, 40_000 * MS);

    @Test
    void countsOnlyAnswersThatArriveInsideTheWindow() {
        tally.answered(CommandKind.COMMENT, 201, 9_990 * MS, 9_999 * MS); // warm-up
        tally.answered(CommandKind.COMMENT, 201, 9_995 * MS, 10_005 * MS); // sent before, answered inside
        tally.answered(CommandKind.COMMENT, 201, 39_990 * MS, 40_001 * MS); // after the window

        assertThat(tally.accepted()).isEqualTo(1);
        assertThat(tally.latency().getTotalCount()).isEqualTo(1);
        assertThat(tally.windowSeconds()).isEqualTo(30.0);
    }

    @Test
    void sortsAnswersIntoAcceptedConflictsAndFindings() {
        tally.answered(CommandKind.ESTIMATE, 201, 11_000 * MS, 11_010 * MS);
        tally.answered(CommandKind.IT_APPROVAL, 200, 11_000 * MS, 11_020 * MS);
        tally.answered(CommandKind.CHANGE_REQUEST, 409, 11_000 * MS, 11_005 * MS);
        tally.answered(CommandKind.CHANGE_REQUEST, 500, 11_000 * MS, 11_100 * MS);
        tally.answered(CommandKind.COMMENT, 500, 11_000 * MS, 11_100 * MS);
        tally.failed(CommandKind.COMMENT, "no answer within 10 s", 12_000 * MS, 22_000 * MS);

        assertThat(tally.accepted()).isEqualTo(2);
        assertThat(tally.conflicts()).isEqualTo(1);
        assertThat(tally.total()).isEqualTo(6);
        assertThat(tally.findings()).isEqualTo(Map.of("500", 2L, "no answer within 10 s", 1L));
        assertThat(tally.kind(CommandKind.CHANGE_REQUEST).total()).isEqualTo(2);
    }

    @Test
    void aTimeoutCountsInTheLatenciesAtTheTimeItGaveUp() {
        for (int i = 0; i < 98; i++) {
            tally.answered(CommandKind.COMMENT, 201, 11_000 * MS, 11_005 * MS);
        }
        tally.failed(CommandKind.COMMENT, "no answer within 10 s", 12_000 * MS, 22_000 * MS);
        tally.failed(CommandKind.COMMENT, "no answer within 10 s", 12_000 * MS, 22_000 * MS);

        assertThat(tally.latency().getValueAtPercentile(50) / 1000.0).isBetween(4.99, 5.01);
        assertThat(tally.latency().getValueAtPercentile(99) / 1000.0).isBetween(9_990.0, 10_010.0);
    }
}
