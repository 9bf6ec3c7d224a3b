package dev.accord.domain.notification.api;

/** The notifications addressed to this person, newest first, at most {@code limit}. */
public record FindMyNotifications(String userId, int limit) {}
