package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/** An administrator, or the person themselves, gives a new e-mail address; blank removes it. */
public record ChangeEmailAddress(String username, String email, Actor actor) implements ActorCommand {}
