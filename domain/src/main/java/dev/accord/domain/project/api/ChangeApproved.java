package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** One person approved one exact version. */
@Revision("1")
public record ChangeApproved(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms terms,
        String comment,
        Actor approvedBy) {
}
