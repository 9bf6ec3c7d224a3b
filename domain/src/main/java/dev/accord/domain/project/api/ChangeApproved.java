package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * One person approved one exact version; {@code onBehalfOf} is the delegator whose authority a delegate used (as
 * recorded when they delegated), null for an approval in one's own name and in events written before delegation.
 * {@code basis} is the business case the approval was given on (the estimates' and ROI case's versions); null in
 * events written before approvals recorded it. The shorter constructors describe an approval given while the
 * project had no estimate or ROI case ({@link ApprovalBasis#NONE}).
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
        Actor onBehalfOf,
        ApprovalBasis basis) {

    public ChangeApproved(
            UUID projectId,
            UUID changeId,
            ChangeKind kind,
            int version,
            ChangeTerms terms,
            String comment,
            Actor approvedBy,
            Actor onBehalfOf) {
        this(projectId, changeId, kind, version, terms, comment, approvedBy, onBehalfOf, ApprovalBasis.NONE);
    }

    public ChangeApproved(
            UUID projectId,
            UUID changeId,
            ChangeKind kind,
            int version,
            ChangeTerms terms,
            String comment,
            Actor approvedBy) {
        this(projectId, changeId, kind, version, terms, comment, approvedBy, null, ApprovalBasis.NONE);
    }
}
