package dev.accord.app.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * accord.reminders.*: how long a change may wait for a side before that side is reminded, and before it goes to the
 * side's lead (ISO-8601 durations such as P2D or PT12H; application.properties holds the defaults).
 *
 * @param firstAfter    env ACCORD_REMINDERS_FIRST_AFTER
 * @param escalateAfter env ACCORD_REMINDERS_ESCALATE_AFTER
 */
@ConfigurationProperties("accord.reminders")
public record ReminderSettings(Duration firstAfter, Duration escalateAfter) {}
