package dev.accord.domain.retrospective.api;

import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Benefits, planned against actual. The plan is the latest ROI case's expected yearly benefits; what it expects
 * by now is one twelfth of that for every month from the first recorded month to the last, inclusive.
 *
 * @param expectedToDate    the ROI case's yearly total x months covered / 12; null without an ROI case
 * @param realisedPercent   realised to date as a share of expected to date, in percent, one decimal
 */
public record BenefitPlanVersusActual(
        Money expectedYearly,
        Money expectedToDate,
        Money realisedToDate,
        BigDecimal realisedPercent,
        List<MetricPlanVersusActual> metrics) {}
