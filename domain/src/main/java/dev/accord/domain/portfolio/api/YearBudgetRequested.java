package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A year budget was put on the table. */
@Revision("1")
public record YearBudgetRequested(int fiscalYear, UUID changeId, Money budget, String rationale, Actor requestedBy) {}
