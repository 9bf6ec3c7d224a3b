package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One person approved the requested year budget. */
@Revision("1")
public record YearBudgetApproved(
        int fiscalYear, UUID changeId, int version, Money budget, String comment, Actor approvedBy) {}
