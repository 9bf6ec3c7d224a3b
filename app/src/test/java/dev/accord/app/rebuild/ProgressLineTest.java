package dev.accord.app.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.operations.api.RebuildProgress;
import dev.accord.domain.operations.api.RebuildProgress.State;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What an operator reads in the terminal while a rebuild runs. */
class ProgressLineTest {

    @Test
    void aRunningRebuildShowsItsBarCountsRateAndTimeLeft() {
        RebuildProgress running =
                new RebuildProgress(State.RUNNING, 350_000, 1_000_000, 23_456.7, 28L, "Ada", Instant.now(), null, null);
        assertThat(ProgressLine.of(running))
                .isEqualTo(
                        "[###########" + "...................]  35 %  350,000 / 1,000,000 events  23,457/s  ETA 0:28");
    }

    @Test
    void longRebuildsCountInHoursAndAnUnknownRateHasNoEta() {
        assertThat(ProgressLine.of(new RebuildProgress(
                        State.RUNNING, 1, 100_000_000, 20, 4_999_950L, "Ada", Instant.now(), null, null)))
                .endsWith("ETA 1388:52:30");
        assertThat(ProgressLine.of(
                        new RebuildProgress(State.RUNNING, 0, 10, 0, null, "Ada", Instant.now(), null, null)))
                .endsWith("ETA --:--");
    }

    @Test
    void theEndSaysHowItEnded() {
        assertThat(ProgressLine.of(
                        new RebuildProgress(State.DONE, 10, 10, 5, 0L, "Ada", Instant.now(), Instant.now(), null)))
                .startsWith("[" + "#".repeat(30) + "] 100 %")
                .endsWith("done");
        assertThat(ProgressLine.of(new RebuildProgress(
                        State.FAILED, 4, 10, 5, null, "Ada", Instant.now(), Instant.now(), "disk full")))
                .endsWith("failed");
    }
}
