package dev.accord.domain.portfolio.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Finance sets the discount rate ROI cases of this fiscal year are computed with. */
public record SetDiscountRate(@TargetAggregateIdentifier int fiscalYear, BigDecimal ratePercent, Actor actor)
        implements ActorCommand {}
