package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.time.Instant;

/** One version of a side's cost estimate. */
public record EstimateRow(
        int version,
        Side side,
        Money oneTimeCost,
        Money recurringYearlyCost,
        int horizonYears,
        Money totalCost,
        Money low,
        Money high,
        String assumptions,
        String submittedBy,
        Instant at) {}
