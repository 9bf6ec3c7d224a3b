package dev.accord.domain.operations.api;

import java.time.Instant;

/**
 * An event a read model could not take and parked instead of stopping: the projection (processing group), the
 * event, the project (or other aggregate) whose later events now wait behind it, and why it failed.
 *
 * @param sequence     the project's id for project events (its later events in this read model wait behind it)
 * @param position     0 for the event that failed; 1, 2 ... for the project's later events parked behind it
 * @param globalIndex  the event's position in the ledger, when known
 */
public record DeadLetter(
        String processingGroup,
        String sequence,
        long position,
        String eventIdentifier,
        Long globalIndex,
        String eventType,
        String aggregateIdentifier,
        Long sequenceNumber,
        String error,
        Instant since,
        Instant lastTried) {}
