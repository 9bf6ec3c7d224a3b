package dev.accord.app.config;

import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPolicy;

/**
 * Which events of a projection must be handled in order: those of one project. The sequence decides two things:
 * which segment of a processor takes an event, and, when an event cannot be stored, which later events wait behind
 * it in the dead-letter queue (only that project's, so one bad event never stops the other projects' read models).
 */
public final class ProjectionOrder {

    /**
     * Projections that take every event in the order it was stored when replayed in parallel: the portfolio's rows are
     * shared across projects (every project of a year creates that year's row if it is missing), and two segments
     * doing so in different orders deadlock. Live, such a projection runs in one segment.
     */
    public static final Set<String> IN_STORE_ORDER = Set.of(ProcessingGroups.PORTFOLIO);

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

    /** How a rebuild may split a projection's events: as its processor does, but for those kept in store order. */
    public static SequencingPolicy<? super EventMessage<?>> forReplay(
            String processingGroup, EventProcessingConfiguration processing) {
        return IN_STORE_ORDER.contains(processingGroup)
                ? new SequentialPolicy()
                : processing.sequencingPolicy(processingGroup);
    }
}
