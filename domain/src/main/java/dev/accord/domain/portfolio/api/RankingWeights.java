package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How much each {@link RankingFactor} counts in a fiscal year's ranking: whole numbers from 0 (left out) to
 * {@link #MAX_WEIGHT}, at least one above 0. Only their shares matter: 50/50 ranks as 1/1 does. A year whose
 * weights were never set jointly ranks by ROI alone ({@link #DEFAULT}), as the portfolio always did.
 */
public record RankingWeights(
        int roi, int npv, int clearRoi, int processDelivery, int longTermObjectives, int competitiveAdvantage) {

    /** The highest weight; the read model's weight columns (INT) hold it. */
    public static final int MAX_WEIGHT = 100;

    /** Until Finance and IT set weights for a year: ROI alone, the ranking the portfolio always had. */
    public static final RankingWeights DEFAULT = new RankingWeights(MAX_WEIGHT, 0, 0, 0, 0, 0);

    /** Why a weight off the scale is refused. */
    public static final String WEIGHT_SCALE = "A weight is a whole number from 0 to " + MAX_WEIGHT;

    public int of(RankingFactor factor) {
        return switch (factor) {
            case ROI -> roi;
            case NPV -> npv;
            case CLEAR_ROI -> clearRoi;
            case PROCESS_DELIVERY -> processDelivery;
            case LONG_TERM_OBJECTIVES -> longTermObjectives;
            case COMPETITIVE_ADVANTAGE -> competitiveAdvantage;
        };
    }

    /** The sum of the weights: each factor's share of the score is its weight over this. */
    public int total() {
        return Arrays.stream(RankingFactor.values()).mapToInt(this::of).sum();
    }

    /** Whether any of the four questions counts. */
    public boolean weighsTheAssessment() {
        return Arrays.stream(RankingFactor.values()).anyMatch(factor -> factor.isAssessment() && of(factor) > 0);
    }

    /** "ROI 50 · NPV 20 · Clear ROI 30": the factors that count, as people read them. */
    @Override
    public String toString() {
        return Arrays.stream(RankingFactor.values())
                .filter(factor -> of(factor) > 0)
                .map(factor -> factor.label() + " " + of(factor))
                .collect(Collectors.joining(" \u00b7 "));
    }

    /** Checks weights as requested, naming the first field at fault ("weights.npv"). */
    public static RankingWeights checked(RankingWeights weights) {
        if (weights == null) {
            throw new InvalidInputException("weights", "Give a weight for each part of the score");
        }
        for (RankingFactor factor : RankingFactor.values()) {
            int weight = weights.of(factor);
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new InvalidInputException("weights." + factor.field(), WEIGHT_SCALE);
            }
        }
        if (weights.total() == 0) {
            throw new InvalidInputException("weights", "At least one weight must be above 0");
        }
        return weights;
    }
}
