package dev.accord.domain.delegation.api;

import java.time.LocalDate;

/** Where a delegation stands on a given day of the ledger calendar. */
public enum DelegationState {
    UPCOMING,
    ACTIVE,
    ENDED,
    REVOKED;

    /** The one definition: a delegation carries authority from its first to its last day, unless revoked. */
    public static DelegationState on(LocalDate day, LocalDate from, LocalDate until, boolean revoked) {
        if (revoked) {
            return REVOKED;
        }
        if (day.isBefore(from)) {
            return UPCOMING;
        }
        return day.isAfter(until) ? ENDED : ACTIVE;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
