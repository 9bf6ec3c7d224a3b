package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** One person approved one exact version. */
@Revision("1")
public record ChangeApproved(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms terms,
        String comment,
        Actor approvedBy) {}
