package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves one exact version of requested ranking weights. */
public record ApproveRankingWeights(
        @TargetAggregateIdentifier int fiscalYear, UUID changeId, int version, String comment, Actor actor)
        implements ActorCommand {}
