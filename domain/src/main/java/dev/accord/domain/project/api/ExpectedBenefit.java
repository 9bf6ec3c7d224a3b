package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;

/** A yearly benefit the ROI case expects, with the metric it is measured by and that metric's target. */
public record ExpectedBenefit(BenefitCategory category, String metric, String target, Money yearlyAmount) {}
