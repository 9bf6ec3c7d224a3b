package dev.accord.domain.project.api;

import dev.accord.domain.shared.Money;

/** What one ROI metric actually delivered in a period. */
public record RealisedBenefit(String metric, Money amount) {}
