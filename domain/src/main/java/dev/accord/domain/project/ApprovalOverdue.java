package dev.accord.domain.project;

import dev.accord.domain.project.api.ApprovalEscalated;
import dev.accord.domain.project.api.ApprovalReminded;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.UUID;

/**
 * The payload of a change's reminder deadline: which version of which change has waited since when, and whether this
 * is the reminder to the members or the escalation to the lead. Carrying the version lets a deadline that outlived
 * its version (a revision raced it) find out that it no longer applies.
 */
public record ApprovalOverdue(UUID changeId, int version, Instant waitingSince, boolean escalation) {

    /** What Accord records for a side the change still waits for. */
    Object recordedFor(UUID projectId, ChangeKind kind, Side side) {
        return escalation
                ? new ApprovalEscalated(projectId, changeId, kind, version, side, waitingSince)
                : new ApprovalReminded(projectId, changeId, kind, version, side, waitingSince);
    }
}
