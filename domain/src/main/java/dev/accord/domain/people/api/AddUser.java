package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.Side;

/** An administrator adds a person with a display name, a side and a role, and a first password. */
public record AddUser(String username, String displayName, Side side, Role role, String password, Actor actor)
        implements ActorCommand {

    /** Without the password, which must never reach a log. */
    @Override
    public String toString() {
        return "AddUser[username=" + username + ", displayName=" + displayName + ", side=" + side + ", role=" + role
                + ", actor=" + actor + "]";
    }
}
