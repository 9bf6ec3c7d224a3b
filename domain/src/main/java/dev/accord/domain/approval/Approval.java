package dev.accord.domain.approval;

import dev.accord.domain.shared.Actor;

/**
 * One person's approval of one exact version of a change. A delegate approves {@code onBehalfOf} the person who
 * handed them their approval authority for a while; otherwise {@code onBehalfOf} is null.
 */
public record Approval(Actor approver, int version, Actor onBehalfOf) {

    public Approval(Actor approver, int version) {
        this(approver, version, null);
    }

    /**
     * Whose authority the approval carries: the delegator's when given on their behalf. Rules count this one (its
     * side, whether it is the side's lead); four eyes refuse the requester as either.
     */
    public Actor authority() {
        return onBehalfOf == null ? approver : onBehalfOf;
    }
}
