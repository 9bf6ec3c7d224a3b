package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks both sides to rank the fiscal year's projects by these weights; takes effect by the same joint rule as the
 * year's budget: one Finance and one IT approval, neither the requester's.
 */
public record RequestRankingWeights(
        @TargetAggregateIdentifier int fiscalYear, UUID changeId, RankingWeights weights, String rationale, Actor actor)
        implements ActorCommand {}
