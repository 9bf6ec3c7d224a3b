package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The requested year budget was rejected. */
@Revision("1")
public record YearBudgetRejected(
        int fiscalYear,
        UUID changeId,
        String reason,
        Actor rejectedBy) {
}
