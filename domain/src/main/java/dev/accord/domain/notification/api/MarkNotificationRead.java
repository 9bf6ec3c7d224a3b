package dev.accord.domain.notification.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;

/** The actor has read one of their notifications. */
public record MarkNotificationRead(UUID notificationId, Actor actor) implements ActorCommand {}
