package dev.accord.domain.portfolio.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's ranking score, 0 to 100 points: the sum of its parts as shown, one per {@link RankingFactor}, each
 * weighted by the year's {@link RankingWeights}.
 */
public record RankingScore(BigDecimal total, List<ScorePart> parts) {

    public RankingScore {
        parts = List.copyOf(parts);
    }

    public ScorePart part(RankingFactor factor) {
        return parts.stream()
                .filter(part -> part.factor() == factor)
                .findFirst()
                .orElseThrow();
    }
}
