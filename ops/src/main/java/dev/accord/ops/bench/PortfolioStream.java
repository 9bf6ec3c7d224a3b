package dev.accord.ops.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The fiscal year's Portfolio aggregate, which records an allocation each time a project's initial budget takes
 * effect. Synthetic projects continue its stream, with contiguous sequence numbers and a running total, exactly
 * as a project's approval (ChangeRequest, through Portfolios) would have written it.
 */
final class PortfolioStream {

    private final CapturedEvents captured;
    private final PayloadTemplate allocation;
    private final BigDecimal amount;
    private long nextSequence;
    private BigDecimal total;

    PortfolioStream(CapturedEvents captured) {
        this.captured = captured;
        this.allocation = PayloadTemplate.of(
                captured.allocation().payload(),
                Map.of("projectId", "project", "changeId", "change", "allocatedTotal/amount", "total"));
        this.amount = captured.allocatedAmount();
        this.nextSequence = captured.allocationSequence() + 1;
        this.total = amount;
    }

    EventRow allocate(UUID project, UUID change, Instant at) {
        total = total.add(amount);
        EventRow template = captured.allocation();
        return new EventRow(
                UUID.randomUUID().toString(),
                template.aggregateIdentifier(),
                nextSequence++,
                template.type(),
                at.truncatedTo(ChronoUnit.MILLIS).toString(),
                template.payloadType(),
                template.payloadRevision(),
                allocation.fill(Map.of("project", project, "change", change, "total", total)),
                template.metaData());
    }
}
