package dev.accord.domain.operations.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/**
 * Hands a read model's parked events for one project back to its projection (after a fix or an upcaster);
 * administrators only. Answered with how many events the read model took; those that fail again stay parked.
 */
public record RetryDeadLetters(String processingGroup, String sequence, Actor actor) implements ActorCommand {}
