package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;

/** The estimate an ROI case was computed from, kept with the case so history shows what people saw. */
public record RoiCostBasis(int estimateVersion, Money oneTimeCost, Money recurringYearlyCost, int horizonYears) {}
