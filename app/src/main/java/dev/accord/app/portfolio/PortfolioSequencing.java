package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.BudgetAllocated;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Which of the portfolio projection's events must be handled in the order they were stored: those of one project,
 * and those of one fiscal year. A year's allocation is an event of the Portfolio aggregate but writes into the row
 * that the project's proposal created, so it goes with that project's events. Everything else keeps Axon's
 * default, in order with its aggregate. Events of different projects and years may then be handled at the same
 * time, by a processor's segments or by a rebuild's parallel replay; they meet only where a project's event creates
 * the year's row if it is missing, which gives the same row in any order.
 */
public class PortfolioSequencing implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy byAggregate = SequentialPerAggregatePolicy.instance();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return event.getPayload() instanceof BudgetAllocated allocation
                ? allocation.projectId().toString()
                : byAggregate.getSequenceIdentifierFor(event);
    }
}
