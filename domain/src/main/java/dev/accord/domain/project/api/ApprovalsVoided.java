package dev.accord.domain.project.api;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * New figures arrived while the change waited (a new estimate, a revised ROI case): the approvals of its current
 * version were given on the old ones and no longer count, as after a revision, though the version stays the same.
 *
 * @param reason in words, "a new IT estimate arrived", "the ROI case was revised"
 * @param basis  the business case the approvals must now be given on
 * @param cause  who submitted the new figures
 */
@Revision("1")
public record ApprovalsVoided(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        int version,
        String reason,
        ApprovalBasis basis,
        List<Approval> voidedApprovals,
        Actor cause) {}
