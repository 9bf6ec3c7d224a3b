package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** The expected yearly benefits; the figures are computed from the latest estimate and the year's discount rate. */
public record RecordRoiCase(
        @TargetAggregateIdentifier UUID projectId,
        List<ExpectedBenefit> benefits,
        Actor actor) implements ActorCommand {
}
