package dev.accord.domain.delegation;

import dev.accord.domain.delegation.api.DelegationState;
import dev.accord.domain.shared.Actor;
import java.time.LocalDate;
import java.util.UUID;

/** A delegation as kept: who handed their approval authority to whom, for which days, and whether it was revoked. */
public record Delegation(
        UUID delegationId, Actor delegator, Actor delegate, LocalDate from, LocalDate until, boolean revoked) {

    public DelegationState stateOn(LocalDate day) {
        return DelegationState.on(day, from, until, revoked);
    }

    /** Whether the days from {@code otherFrom} to {@code otherUntil} share a day with this delegation's. */
    boolean overlaps(LocalDate otherFrom, LocalDate otherUntil) {
        return !otherUntil.isBefore(from) && !otherFrom.isAfter(until);
    }
}
