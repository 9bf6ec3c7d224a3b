package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The requested ranking weights were rejected; the weights in force stay. */
@Revision("1")
public record RankingWeightsRejected(int fiscalYear, UUID changeId, String reason, Actor rejectedBy) {}
