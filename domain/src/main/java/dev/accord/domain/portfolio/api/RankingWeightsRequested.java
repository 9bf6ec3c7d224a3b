package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** New ranking weights for the fiscal year were put on the table. */
@Revision("1")
public record RankingWeightsRequested(
        int fiscalYear, UUID changeId, RankingWeights weights, String rationale, Actor requestedBy) {}
