package dev.accord.domain.notification.api;

/** The kinds of notification this person receives by e-mail (a {@code Set<NotificationKind>}). */
public record FindEmailKinds(String userId) {}
