package dev.accord.app.retrospective;

import dev.accord.domain.project.api.ProjectProposed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A project's own event stream, as the aggregate is sourced from it. Reading it is proportional to one project's
 * history (tens to a few thousand events), which is why the retrospective is computed on request instead of
 * kept as another read model.
 */
@Component
class ProjectStreams {

    private final EventStore events;

    ProjectStreams(EventStore events) {
        this.events = events;
    }

    /** Every event of the project, oldest first; empty when no project has this id. */
    Optional<List<? extends DomainEventMessage<?>>> of(UUID projectId) {
        // From the first event, never from a snapshot (as ProjectHistory reads it): a report needs every step.
        List<? extends DomainEventMessage<?>> stream =
                events.readEvents(projectId.toString(), 0).asStream().toList();
        return stream.isEmpty() || !(stream.get(0).getPayload() instanceof ProjectProposed)
                ? Optional.empty()
                : Optional.of(stream);
    }
}
