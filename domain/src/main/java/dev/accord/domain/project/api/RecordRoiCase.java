package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The expected yearly benefits; the figures are computed from the latest estimate and the year's discount rate. */
public record RecordRoiCase(@TargetAggregateIdentifier UUID projectId, List<ExpectedBenefit> benefits, Actor actor)
        implements ActorCommand {}
