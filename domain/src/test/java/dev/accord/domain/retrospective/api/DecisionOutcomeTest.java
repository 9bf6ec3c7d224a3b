package dev.accord.domain.retrospective.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.project.api.ReassessmentOutcome;
import org.junit.jupiter.api.Test;

class DecisionOutcomeTest {

    @Test
    void aConcludedReassessmentDecidesItsOwnOutcome() {
        assertThat(DecisionOutcome.of(ReassessmentOutcome.CONTINUE)).isEqualTo(DecisionOutcome.CONTINUE);
        assertThat(DecisionOutcome.of(ReassessmentOutcome.ADJUST)).isEqualTo(DecisionOutcome.ADJUST);
        assertThat(DecisionOutcome.of(ReassessmentOutcome.STOP)).isEqualTo(DecisionOutcome.STOP);
    }
}
