package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.Money;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A side puts its cost estimate on the table; a new one supersedes its earlier ones, never erases them. */
public record SubmitEstimate(
        @TargetAggregateIdentifier UUID projectId,
        Money oneTimeCost,
        Money recurringYearlyCost,
        int horizonYears,
        Money low,
        Money high,
        String assumptions,
        Actor actor)
        implements ActorCommand {

    /** The horizon an estimate covers, in years: the aggregate's rule and the form's bounds. */
    public static final int MIN_HORIZON_YEARS = 1;

    public static final int MAX_HORIZON_YEARS = 30;
}
