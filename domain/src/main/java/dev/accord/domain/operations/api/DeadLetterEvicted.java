package dev.accord.domain.operations.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** An administrator gave up on an event for one read model: which event, which read model, why, and who. */
@Revision("1")
public record DeadLetterEvicted(
        String processingGroup,
        String eventIdentifier,
        String eventType,
        String aggregateIdentifier,
        Long sequenceNumber,
        String error,
        String reason,
        Actor evictedBy) {}
