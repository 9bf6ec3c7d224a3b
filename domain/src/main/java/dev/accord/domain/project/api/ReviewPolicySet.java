package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The project's reassessment triggers were changed. */
@Revision("1")
public record ReviewPolicySet(UUID projectId, ReviewPolicy policy, Actor setBy) {}
