package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.Money;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks both sides to set the fiscal year's IT budget; takes effect by the same joint rule as project changes. */
public record RequestYearBudget(
        @TargetAggregateIdentifier int fiscalYear, UUID changeId, Money budget, String rationale, Actor actor)
        implements ActorCommand {}
