package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester takes their change off the table. */
public record WithdrawChange(@TargetAggregateIdentifier UUID projectId, UUID changeId, Actor actor)
        implements ChangeCommand {}
