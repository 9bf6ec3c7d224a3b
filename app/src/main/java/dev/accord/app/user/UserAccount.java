package dev.accord.app.user;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;

/** A person who signs in to Accord. */
public record UserAccount(
        String username, String displayName, Side side, Role role, String passwordHash, boolean enabled) {

    /** Who this user is on the events they cause. A viewer acts for no side, whatever department they sit in. */
    public Actor actor() {
        return new Actor(username, displayName, role == Role.VIEWER ? null : side);
    }
}
