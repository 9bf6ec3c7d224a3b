package dev.accord.app.history;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a project's own event stream from the event store, from its first event (never from a snapshot), and folds
 * the prefix that a moment in its history had seen.
 */
@Component
class ProjectHistory {

    private final EventStore events;

    ProjectHistory(EventStore events) {
        this.events = events;
    }

    /**
     * The project as it stood at an instant: every event recorded up to and including it. The stream is read in
     * sequence order and stops at the first event recorded later, so the answer is always a prefix of the history
     * that really happened, even if two nodes' clocks disagreed by a few milliseconds.
     */
    Optional<ProjectFold> asOf(UUID projectId, Instant instant) {
        return foldWhile(projectId, event -> !event.getTimestamp().isAfter(instant));
    }

    /** The project just after the step with that sequence number. */
    Optional<ProjectFold> atStep(UUID projectId, long sequence) {
        return foldWhile(projectId, event -> event.getSequenceNumber() <= sequence);
    }

    /** A step the project took and the project as it stands now, from one read of its stream. */
    record StepAndNow(ProjectFold.Step step, ProjectFold now) {}

    /** Empty if there is no such project or it has not taken that step. */
    Optional<StepAndNow> stepAndNow(UUID projectId, long sequence) {
        ProjectFold fold = new ProjectFold();
        ProjectFold.Step step = null;
        DomainEventStream stream = events.readEvents(projectId.toString(), 0);
        while (stream.hasNext()) {
            fold.apply(stream.next());
            if (fold.lastSequence() == sequence && fold.exists()) {
                step = fold.step();
            }
        }
        return step == null ? Optional.empty() : Optional.of(new StepAndNow(step, fold));
    }

    /** The project's latest step, or -1 for none. */
    long lastSequence(UUID projectId) {
        return events.lastSequenceNumberFor(projectId.toString()).orElse(-1L);
    }

    private Optional<ProjectFold> foldWhile(UUID projectId, Predicate<DomainEventMessage<?>> seen) {
        ProjectFold fold = new ProjectFold();
        DomainEventStream stream = events.readEvents(projectId.toString(), 0);
        while (stream.hasNext() && seen.test(stream.peek())) {
            fold.apply(stream.next());
        }
        return fold.exists() ? Optional.of(fold) : Optional.empty();
    }
}
