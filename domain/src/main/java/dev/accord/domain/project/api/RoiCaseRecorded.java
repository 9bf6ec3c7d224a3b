package dev.accord.domain.project.api;

import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ROI case with the figures shown when it was recorded. */
@Revision("1")
public record RoiCaseRecorded(
        UUID projectId,
        int version,
        List<ExpectedBenefit> benefits,
        BigDecimal discountRatePercent,
        RoiCostBasis costBasis,
        RoiFigures figures,
        Actor recordedBy) {}
