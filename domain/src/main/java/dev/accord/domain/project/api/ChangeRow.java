package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A change with every approval it received; approvals of earlier versions stay, marked as voided. */
public record ChangeRow(
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms terms,
        String rationale,
        ChangeState state,
        Actor requestedBy,
        Instant requestedAt,
        List<ApprovalRow> approvals,
        Instant decidedAt,
        String decisionReason) {}
