package dev.accord.domain.notification.api;

/** The notifications addressed to this person, newest first, at most {@code limit} (none: only the unread count). */
public record FindMyNotifications(String userId, int limit) {}
