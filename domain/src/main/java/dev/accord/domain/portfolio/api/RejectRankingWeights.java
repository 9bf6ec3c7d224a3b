package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rejects requested ranking weights, with a reason. */
public record RejectRankingWeights(
        @TargetAggregateIdentifier int fiscalYear, UUID changeId, String reason, Actor actor) implements ActorCommand {}
