package dev.accord.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.approval.ReminderPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Settings that make no policy stop Accord at start, with one sentence that names them and what to set. */
class ReminderSettingsTest {

    @Test
    void theSettingsMakeTheLedgersPolicy() {
        assertThat(ReminderSettingsUnusableException.policyOf(
                        new ReminderSettings(Duration.ofHours(12), Duration.ofDays(3))))
                .isEqualTo(new ReminderPolicy(Duration.ofHours(12), Duration.ofDays(3)));
    }

    @Test
    void anEscalationBeforeTheFirstReminderIsRefusedNamingBothSettings() {
        assertThatThrownBy(() -> ReminderSettingsUnusableException.policyOf(
                        new ReminderSettings(Duration.ofDays(5), Duration.ofDays(2))))
                .isInstanceOf(ReminderSettingsUnusableException.class)
                .hasMessageContaining("accord.reminders.first-after (PT120H)")
                .hasMessageContaining("accord.reminders.escalate-after (PT48H)")
                .hasMessageContaining("later than the first reminder");
    }

    @Test
    void aMissingOrNonPositivePeriodIsRefused() {
        assertThatThrownBy(() -> ReminderSettingsUnusableException.policyOf(
                        new ReminderSettings(Duration.ZERO, Duration.ofDays(2))))
                .isInstanceOf(ReminderSettingsUnusableException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() ->
                        ReminderSettingsUnusableException.policyOf(new ReminderSettings(null, Duration.ofDays(2))))
                .isInstanceOf(ReminderSettingsUnusableException.class);
    }

    @Test
    void theStartUpFailureSaysWhatToSet() {
        ReminderSettingsUnusableException cause = null;
        try {
            ReminderSettingsUnusableException.policyOf(new ReminderSettings(Duration.ofDays(2), Duration.ofDays(1)));
        } catch (ReminderSettingsUnusableException e) {
            cause = e;
        }
        FailureAnalysis analysis = new ReminderSettingsUnusableException.Analyzer()
                .analyze(new BeanCreationException("reminderPolicy", "failed", cause));
        assertThat(analysis.getDescription()).startsWith("The reminder settings accord.reminders.first-after");
        assertThat(analysis.getAction()).contains("ACCORD_REMINDERS_FIRST_AFTER", "ACCORD_REMINDERS_ESCALATE_AFTER");
    }
}
