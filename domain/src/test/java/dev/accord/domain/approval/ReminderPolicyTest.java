package dev.accord.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    @Test
    void theStandardPolicyRemindsAfterTwoDaysAndEscalatesAfterFive() {
        assertThat(ReminderPolicy.standard()).isEqualTo(new ReminderPolicy(Duration.ofDays(2), Duration.ofDays(5)));
    }

    @Test
    void theFirstReminderComesAfterAPositiveTime() {
        assertThatThrownBy(() -> new ReminderPolicy(Duration.ZERO, Duration.ofDays(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new ReminderPolicy(Duration.ofDays(-1), Duration.ofDays(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEscalationComesLaterThanTheFirstReminder() {
        assertThatThrownBy(() -> new ReminderPolicy(Duration.ofDays(2), Duration.ofDays(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("later than the first reminder");
        assertThat(new ReminderPolicy(Duration.ofSeconds(2), Duration.ofSeconds(4)).escalateAfter())
                .isEqualTo(Duration.ofSeconds(4));
    }
}
