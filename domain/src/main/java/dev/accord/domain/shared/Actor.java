package dev.accord.domain.shared;

import java.util.Objects;

/**
 * Whoever acts, as recorded on every event: user id, display name, side, and whether they act as their side's
 * lead (the CFO for Finance, the CIO for IT) at the time. The side is absent for users who belong to neither
 * department (VIEWER, or an ADMIN); such users may read the ledger but not act on projects. Events written before
 * leads existed have no {@code lead} and read as false.
 */
public record Actor(String userId, String displayName, Side side, boolean lead) {

    /** Accord itself, for what falls due on its own (a review interval passing). */
    public static final Actor SYSTEM = new Actor("accord", "Accord", null);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        if (side == null) {
            lead = false;
        }
    }

    /** Someone who is not their side's lead. */
    public Actor(String userId, String displayName, Side side) {
        this(userId, displayName, side, false);
    }

    public boolean belongsToASide() {
        return side != null;
    }

    /** "fay (Finance)", "carla (Finance lead)" */
    @Override
    public String toString() {
        return side == null ? displayName : displayName + " (" + side.label() + (lead ? " lead" : "") + ")";
    }
}
