package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The project's reassessment triggers were changed. */
@Revision("1")
public record ReviewPolicySet(
        UUID projectId,
        ReviewPolicy policy,
        Actor setBy) {
}
