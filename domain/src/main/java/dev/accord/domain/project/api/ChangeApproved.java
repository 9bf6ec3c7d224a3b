package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * One person approved one exact version; {@code onBehalfOf} is the delegator whose authority a delegate used (as
 * recorded when they delegated), null for an approval in one's own name and in events written before delegation.
 */
@Revision("1")
public record ChangeApproved(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms terms,
        String comment,
        Actor approvedBy,
        Actor onBehalfOf) {

    public ChangeApproved(
            UUID projectId,
            UUID changeId,
            ChangeKind kind,
            int version,
            ChangeTerms terms,
            String comment,
            Actor approvedBy) {
        this(projectId, changeId, kind, version, terms, comment, approvedBy, null);
    }
}
