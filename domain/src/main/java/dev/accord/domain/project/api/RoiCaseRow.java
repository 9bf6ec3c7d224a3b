package dev.accord.domain.project.api;

import dev.accord.domain.project.roi.RoiFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The latest ROI case with the figures shown when it was recorded. */
public record RoiCaseRow(
        int version,
        List<ExpectedBenefit> benefits,
        BigDecimal discountRatePercent,
        int estimateVersion,
        RoiFigures figures,
        String recordedBy,
        Instant at) {}
