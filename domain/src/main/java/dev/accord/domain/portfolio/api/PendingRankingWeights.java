package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Side;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Ranking weights awaiting approval: who asked and why, and the sides whose approval is in. The request is not
 * revised, so its version stays 1.
 */
public record PendingRankingWeights(
        UUID changeId,
        int version,
        RankingWeights weights,
        String rationale,
        String requestedById,
        String requestedByName,
        Set<Side> approvedBy) {

    public PendingRankingWeights {
        approvedBy = Set.copyOf(approvedBy);
    }

    /** The same request once a member of this side has approved it too. */
    public PendingRankingWeights withApprovalOf(Side side) {
        Set<Side> sides = EnumSet.of(side);
        sides.addAll(approvedBy);
        return new PendingRankingWeights(changeId, version, weights, rationale, requestedById, requestedByName, sides);
    }
}
