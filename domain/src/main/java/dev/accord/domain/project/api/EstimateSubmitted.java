package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A side's cost estimate, as a numbered version.
 *
 * @param totalCost what the estimate comes to over its horizon (one-time cost plus the recurring cost for each
 *                  year), the figure both sides compare estimates by, stated as the ledger computed it when the
 *                  estimate was submitted. Revision 2; revision 1 events gain it from their own figures on reading
 *                  (see the app's EstimateSubmitted1to2Upcaster).
 */
@Revision("2")
public record EstimateSubmitted(
        UUID projectId,
        int version,
        Side side,
        Money oneTimeCost,
        Money recurringYearlyCost,
        int horizonYears,
        Money totalCost,
        Money low,
        Money high,
        String assumptions,
        Actor submittedBy) {}
