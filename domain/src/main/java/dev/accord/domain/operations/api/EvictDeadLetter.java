package dev.accord.domain.operations.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/**
 * Gives up on one parked event for one read model, with a reason; administrators only. The read model will never
 * show that event; the ledger keeps it, and records who gave up on it and why. The project's later events that
 * waited behind it are then handed to the projection.
 */
public record EvictDeadLetter(String processingGroup, String eventIdentifier, String reason, Actor actor)
        implements ActorCommand {}
