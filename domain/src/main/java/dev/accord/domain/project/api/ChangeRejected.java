package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The change was rejected with a reason and is closed; a rejected initial budget rejects the project.
 * {@code onBehalfOf} is the delegator whose authority a delegate used, or null.
 */
@Revision("1")
public record ChangeRejected(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms terms,
        String reason,
        ProjectStatus statusAfter,
        Actor rejectedBy,
        Actor onBehalfOf) {

    public ChangeRejected(
            UUID projectId,
            UUID changeId,
            ChangeKind kind,
            int version,
            ChangeTerms terms,
            String reason,
            ProjectStatus statusAfter,
            Actor rejectedBy) {
        this(projectId, changeId, kind, version, terms, reason, statusAfter, rejectedBy, null);
    }
}
