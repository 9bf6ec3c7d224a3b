package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves one exact version of a change. */
public record ApproveChange(
        @TargetAggregateIdentifier UUID projectId, UUID changeId, int version, String comment, Actor actor)
        implements ChangeCommand {}
