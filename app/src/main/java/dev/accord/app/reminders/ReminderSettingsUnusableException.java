package dev.accord.app.reminders;

import dev.accord.domain.approval.ReminderPolicy;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The reminder settings do not make a policy: a period that is missing, not positive, or an escalation that would
 * come before the first reminder. Accord does not start on them rather than remind nobody, or everybody at once.
 */
public class ReminderSettingsUnusableException extends RuntimeException {

    private ReminderSettingsUnusableException(String message, Throwable cause) {
        super(message, cause);
    }

    static ReminderPolicy policyOf(ReminderSettings settings) {
        try {
            return new ReminderPolicy(settings.firstAfter(), settings.escalateAfter());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReminderSettingsUnusableException(
                    "The reminder settings accord.reminders.first-after (" + settings.firstAfter()
                            + ") and accord.reminders.escalate-after (" + settings.escalateAfter()
                            + ") do not work together: " + e.getMessage(),
                    e);
        }
    }

    /** Says so at start in plain words instead of a bean creation stack trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<ReminderSettingsUnusableException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, ReminderSettingsUnusableException cause) {
            return new FailureAnalysis(
                    cause.getMessage() + ".",
                    "Set ACCORD_REMINDERS_FIRST_AFTER and ACCORD_REMINDERS_ESCALATE_AFTER (or the properties) to "
                            + "positive ISO-8601 durations, the escalation later than the first reminder, e.g. P2D "
                            + "and P5D.",
                    cause);
        }
    }
}
