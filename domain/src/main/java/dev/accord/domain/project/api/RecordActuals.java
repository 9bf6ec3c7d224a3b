package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Spend and realised benefits for one month, as of a business date that may precede the recording. */
public record RecordActuals(
        @TargetAggregateIdentifier UUID projectId,
        YearMonth period,
        LocalDate businessDate,
        Money spend,
        List<RealisedBenefit> benefits,
        Actor actor)
        implements ActorCommand {}
