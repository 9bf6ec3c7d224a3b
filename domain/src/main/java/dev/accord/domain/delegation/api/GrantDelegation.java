package dev.accord.domain.delegation.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.time.LocalDate;

/**
 * The actor hands their own approval authority to {@code delegate} (a user name) for the days from {@code from}
 * to {@code until}, both included. Answers the new delegation's id.
 */
public record GrantDelegation(String delegate, LocalDate from, LocalDate until, Actor actor) implements ActorCommand {}
