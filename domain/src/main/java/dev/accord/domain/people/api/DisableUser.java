package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/** An administrator stops a person from signing in; their history stays attributed to them. */
public record DisableUser(String username, Actor actor) implements ActorCommand {}
