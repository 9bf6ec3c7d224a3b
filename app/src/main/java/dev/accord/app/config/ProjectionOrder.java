package dev.accord.app.config;

import dev.accord.domain.portfolio.api.BudgetAllocated;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Which events of a projection must be handled in order: those of one project. The sequence decides two things:
 * which segment of a processor takes an event, and, when an event cannot be stored, which later events wait behind
 * it in the dead-letter queue (only that project's, so one bad event never stops the other projects' read models).
 */
public final class ProjectionOrder {

    /**
     * A project's events form one sequence. A year's allocation to a project belongs to that project's sequence: it
     * writes into the row the project's proposal made. Other events are sequenced by their aggregate (a fiscal year)
     * or, outside any aggregate, stand alone.
     */
    public static final SequencingPolicy<EventMessage<?>> BY_PROJECT = event -> {
        if (event.getPayload() instanceof BudgetAllocated allocated) {
            return allocated.projectId().toString();
        }
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    };

    private ProjectionOrder() {}
}
