package dev.accord.domain.portfolio.api;

/**
 * The weights a fiscal year's projects are ranked by, whether Finance and IT set them (else {@link
 * RankingWeights#DEFAULT}, ROI alone), and the request to change them awaiting approval, if any (else null).
 */
public record YearRankingWeights(RankingWeights inForce, boolean setJointly, PendingRankingWeights pending) {

    /** A year whose weights were never requested: ROI alone, nothing pending. */
    public static final YearRankingWeights NONE_SET = new YearRankingWeights(RankingWeights.DEFAULT, false, null);
}
