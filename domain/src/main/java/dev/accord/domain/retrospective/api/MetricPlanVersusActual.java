package dev.accord.domain.retrospective.api;

import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.shared.Money;

/**
 * One ROI metric: what the ROI case expects of it a year, with its target, and what it realised to date.
 * A metric that realised benefits without being in the ROI case has no category, target or yearly amount.
 */
public record MetricPlanVersusActual(
        String metric, BenefitCategory category, String target, Money expectedYearly, Money realisedToDate) {}
