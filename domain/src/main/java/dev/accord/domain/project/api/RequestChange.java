package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks both sides to agree to new figures, scope, timeline or a life-cycle step. */
public record RequestChange(
        @TargetAggregateIdentifier UUID projectId,
        UUID changeId,
        ChangeKind kind,
        ChangeTerms terms,
        String rationale,
        Actor actor)
        implements ActorCommand {}
