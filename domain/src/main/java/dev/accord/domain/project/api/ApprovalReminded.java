package dev.accord.domain.project.api;

import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.UUID;

/**
 * A change has waited for a side longer than the first reminder period: that side's members, never the requester,
 * are reminded. Recorded by Accord itself when the reminder deadline fires and the side is still missing.
 */
public record ApprovalReminded(
        UUID projectId, UUID changeId, ChangeKind kind, int version, Side side, Instant waitingSince) {}
