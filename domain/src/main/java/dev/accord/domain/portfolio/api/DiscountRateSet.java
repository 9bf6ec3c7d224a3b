package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Finance set the discount rate for the fiscal year. */
@Revision("1")
public record DiscountRateSet(int fiscalYear, BigDecimal ratePercent, Actor setBy) {}
