package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One person approved the requested ranking weights. */
@Revision("1")
public record RankingWeightsApproved(
        int fiscalYear, UUID changeId, int version, RankingWeights weights, String comment, Actor approvedBy) {}
