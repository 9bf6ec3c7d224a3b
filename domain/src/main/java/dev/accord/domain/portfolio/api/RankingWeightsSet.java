package dev.accord.domain.portfolio.api;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Both sides approved: the fiscal year's projects are ranked by these weights from now on. */
@Revision("1")
public record RankingWeightsSet(
        int fiscalYear,
        UUID changeId,
        RankingWeights weightsBefore,
        RankingWeights weights,
        List<Approval> approvals,
        Actor decidedBy) {}
