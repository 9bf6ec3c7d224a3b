package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.time.Instant;
import java.util.UUID;

/** An open change awaiting a side's approval, with the exact version and figures to approve. */
public record PendingApproval(
        UUID projectId,
        String projectTitle,
        UUID changeId,
        int version,
        ChangeKind kind,
        Money budget,
        String rationale,
        Actor requestedBy,
        Instant requestedAt,
        boolean financeApproved,
        boolean itApproved) {}
