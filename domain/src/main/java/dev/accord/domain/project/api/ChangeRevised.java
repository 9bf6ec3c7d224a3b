package dev.accord.domain.project.api;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The requester put a new version on the table; the approvals of earlier versions no longer count. */
@Revision("1")
public record ChangeRevised(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms terms,
        String rationale,
        List<Approval> voidedApprovals,
        Actor revisedBy) {}
