package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A project decision moved the share of the year's budget allocated to that project. */
@Revision("1")
public record BudgetAllocated(
        int fiscalYear,
        UUID projectId,
        UUID changeId,
        Money allocationBefore,
        Money allocation,
        Money allocatedTotal,
        Actor decidedBy) {}
