package dev.accord.domain.shared;

import java.util.Objects;

/**
 * Whoever acts, as recorded on every event: user id, display name and side.
 * The side is absent for users who belong to neither department (VIEWER, or an ADMIN without a side);
 * such users may read the ledger but not act on projects.
 */
public record Actor(String userId, String displayName, Side side) {

    /** Accord itself, for what falls due on its own (a review interval passing). */
    public static final Actor SYSTEM = new Actor("accord", "Accord", null);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
    }

    public boolean belongsToASide() {
        return side != null;
    }

    /** "fay (Finance)" */
    @Override
    public String toString() {
        return side == null ? displayName : displayName + " (" + side.label() + ")";
    }
}
