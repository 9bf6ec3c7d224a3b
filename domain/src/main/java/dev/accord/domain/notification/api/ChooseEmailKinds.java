package dev.accord.domain.notification.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.Set;

/** The actor wants these kinds of notification by e-mail, and no others. */
public record ChooseEmailKinds(Set<NotificationKind> byEmail, Actor actor) implements ActorCommand {}
