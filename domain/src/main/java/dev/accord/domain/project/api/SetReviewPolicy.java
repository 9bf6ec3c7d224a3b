package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Proposes when this project's reassessment falls due on its own: opens a REVIEW_POLICY change, which takes effect
 * once Finance and IT have approved it. The rationale may be left out.
 */
public record SetReviewPolicy(
        @TargetAggregateIdentifier UUID projectId, UUID changeId, ReviewPolicy policy, String rationale, Actor actor)
        implements ActorCommand {}
