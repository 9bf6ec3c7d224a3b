package dev.accord.domain.notification.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing that concerns the reader, with a sentence naming the project, the project and change it links to (a
 * delegation has neither), when it happened, and whether the reader has marked it read.
 */
public record Notification(
        UUID id, NotificationKind kind, String text, UUID projectId, UUID changeId, Instant at, boolean read) {}
