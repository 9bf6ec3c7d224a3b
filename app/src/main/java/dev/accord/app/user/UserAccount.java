package dev.accord.app.user;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;

/**
 * A person who signs in to Accord. {@code email} may be absent; {@code lead} marks the lead of their side (the CFO,
 * the CIO); {@code mustChoosePassword} is set when an administrator chose the password.
 */
public record UserAccount(
        String username,
        String displayName,
        Side side,
        Role role,
        String passwordHash,
        boolean enabled,
        String email,
        boolean lead,
        boolean mustChoosePassword) {

    /** Who this user is on the events they cause. A viewer acts for no side, whatever department they sit in. */
    public Actor actor() {
        return new Actor(username, displayName, role == Role.VIEWER ? null : side, lead);
    }
}
