package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The requested year budget was rejected. */
@Revision("1")
public record YearBudgetRejected(int fiscalYear, UUID changeId, String reason, Actor rejectedBy) {}
