package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester puts a new version of their change on the table, voiding earlier approvals. */
public record ReviseChange(
        @TargetAggregateIdentifier UUID projectId, UUID changeId, ChangeTerms terms, String rationale, Actor actor)
        implements ChangeCommand {}
