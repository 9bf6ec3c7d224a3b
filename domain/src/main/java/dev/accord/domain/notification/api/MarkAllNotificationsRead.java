package dev.accord.domain.notification.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/** The actor has read all their notifications. */
public record MarkAllNotificationsRead(Actor actor) implements ActorCommand {}
