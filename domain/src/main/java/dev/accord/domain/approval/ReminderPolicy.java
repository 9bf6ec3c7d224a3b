package dev.accord.domain.approval;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a change may wait for a side before Accord reminds that side's members, and before it escalates to the
 * side's lead. The same for every change of the ledger; the application sets it from its configuration and hands it
 * to the handlers that schedule and fire the reminders.
 */
public record ReminderPolicy(Duration firstAfter, Duration escalateAfter) {

    public ReminderPolicy {
        Objects.requireNonNull(firstAfter, "firstAfter");
        Objects.requireNonNull(escalateAfter, "escalateAfter");
        if (firstAfter.isNegative() || firstAfter.isZero()) {
            throw new IllegalArgumentException("The first reminder must come after a positive time, not " + firstAfter);
        }
        // A reminder after the escalation would tell the members what their lead already knows.
        if (escalateAfter.compareTo(firstAfter) <= 0) {
            throw new IllegalArgumentException("The escalation (after " + escalateAfter
                    + ") must come later than the first reminder (after " + firstAfter + ")");
        }
    }

    /** Two days to the reminder, five to the escalation. */
    public static ReminderPolicy standard() {
        return new ReminderPolicy(Duration.ofDays(2), Duration.ofDays(5));
    }
}
