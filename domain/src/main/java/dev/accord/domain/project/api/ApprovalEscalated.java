package dev.accord.domain.project.api;

import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.UUID;

/**
 * A change has waited for a side longer than the escalation period: it goes to that side's lead (the CFO for
 * Finance, the CIO for IT). Recorded by Accord itself when the escalation deadline fires and the side is still
 * missing.
 */
public record ApprovalEscalated(
        UUID projectId, UUID changeId, ChangeKind kind, int version, Side side, Instant waitingSince) {}
