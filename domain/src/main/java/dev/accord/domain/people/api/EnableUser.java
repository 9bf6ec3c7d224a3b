package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/** An administrator lets a disabled person sign in again. */
public record EnableUser(String username, Actor actor) implements ActorCommand {}
