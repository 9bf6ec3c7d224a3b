package dev.accord.app.integrity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an operator reads in the terminal while the history is verified. */
class VerificationLineTest {

    @Test
    void showsTheBarTheCountsAndTheRate() {
        assertThat(VerificationLine.of(240_000, 1_000_000, 2.0))
                .isEqualTo("[#######" + ".......................]  24 %  240,000 / 1,000,000 events  120,000/s");
    }

    @Test
    void eventsAppendedSinceTheCheckpointNeverTakeTheBarPastItsEnd() {
        assertThat(VerificationLine.of(1_005, 1_000, 1.0)).startsWith("[" + "#".repeat(30) + "] 100 %");
        assertThat(VerificationLine.of(0, 0, 0)).startsWith("[" + "#".repeat(30) + "] 100 %  0 / 0 events  0/s");
    }
}
