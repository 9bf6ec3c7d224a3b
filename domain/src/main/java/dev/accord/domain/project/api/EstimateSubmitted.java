package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A side's cost estimate, as a numbered version. */
@Revision("1")
public record EstimateSubmitted(
        UUID projectId,
        int version,
        Side side,
        Money oneTimeCost,
        Money recurringYearlyCost,
        int horizonYears,
        Money low,
        Money high,
        String assumptions,
        Actor submittedBy) {
}
