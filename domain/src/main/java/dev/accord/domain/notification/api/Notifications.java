package dev.accord.domain.notification.api;

import java.util.List;

/** The reader's latest notifications, newest first, and how many of all theirs are unread. */
public record Notifications(List<Notification> latest, long unread) {}
