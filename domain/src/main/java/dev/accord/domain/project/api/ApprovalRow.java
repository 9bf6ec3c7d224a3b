package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import java.time.Instant;

/**
 * One approval as given: by whom (and on whose behalf, when a delegate gave it), of which version, and whether a
 * later revision voided it.
 */
public record ApprovalRow(Actor approver, int version, String comment, Instant at, boolean voided, Actor onBehalfOf) {

    public ApprovalRow(Actor approver, int version, String comment, Instant at, boolean voided) {
        this(approver, version, comment, at, voided, null);
    }

    /** "Fay Lund", or "Fay Lund on behalf of Carla Falk (Finance lead)". */
    public String approverName() {
        return OnBehalf.name(approver, onBehalfOf);
    }
}
