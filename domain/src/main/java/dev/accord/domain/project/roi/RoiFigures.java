package dev.accord.domain.project.roi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures an ROI case shows, already rounded as they are displayed, so every reader compares equal values.
 *
 * @param npv          net present value at the chosen discount rate; scale 2, HALF_EVEN
 * @param irrPercent   internal rate of return in percent (12.3456 means 12.3456 %); scale 4; null when the flows
 *                     never change sign or no rate between -99.99 % and 1000 % makes the NPV zero
 * @param paybackYears years until the cumulative undiscounted net cash flow is non-negative for good, interpolated
 *                     linearly inside the year; scale 2; null when that does not happen within the horizon
 * @param roiPercent   (total benefits - total costs) / total costs x 100 over the horizon; scale 2; null when
 *                     there are no costs to relate to
 */
public record RoiFigures(BigDecimal npv, BigDecimal irrPercent, BigDecimal paybackYears, BigDecimal roiPercent) {

    public RoiFigures {
        // The only figure that always exists; the others are legitimately absent.
        Objects.requireNonNull(npv, "npv");
    }
}
