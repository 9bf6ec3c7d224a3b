package dev.accord.app.deadletters;

import dev.accord.app.database.ConnectionFailures;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.core.NestedExceptionUtils;

/**
 * What a read model does with an event it cannot store: park it, unless an administrator already gave up on that
 * event for this read model. Then the read model does without it again, as it did when it was evicted: a reset or
 * a replay of the processor ends with the same rows as the live read model, and the project's later events are not
 * held back a second time. Consulted only when an event fails; a database that could not be reached is no reason to
 * park anything.
 */
public class ParkUnlessGivenUp implements EnqueuePolicy<EventMessage<?>> {

    /** Failing an event on a database that could not be reached parks nothing: the processor tries again. */
    static final class DatabaseUnreachable extends RuntimeException {
        DatabaseUnreachable(Throwable cause) {
            super("The database could not be reached; the event is handled again once it is back", cause);
        }
    }

    /** The dead-letter table's cause column holds 1,023 characters. */
    private static final int CAUSE_LENGTH = 1_000;

    private final String processingGroup;
    private final Evictions evictions;

    public ParkUnlessGivenUp(String processingGroup, Evictions evictions) {
        this.processingGroup = processingGroup;
        this.evictions = evictions;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (ConnectionFailures.isConnectionFailure(cause)) {
            // Not the event's fault: the processor retries it (with back-off) once the database is back.
            throw new DatabaseUnreachable(cause);
        }
        if (evictions
                .byProcessingGroup()
                .getOrDefault(processingGroup, java.util.Set.of())
                .contains(letter.message().getIdentifier())) {
            return Decisions.evict();
        }
        // The most specific cause says what the database refused ("invalid byte sequence ... 0x00"); the wrappers
        // around it repeat the statement.
        return Decisions.enqueue(
                ThrowableCause.truncated(NestedExceptionUtils.getMostSpecificCause(cause), CAUSE_LENGTH));
    }
}
