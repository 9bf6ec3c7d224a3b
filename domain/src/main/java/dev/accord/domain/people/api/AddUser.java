package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.Side;

/**
 * An administrator adds a person with a display name, a side and a role, an e-mail address, whether they lead
 * their side, and a first password the person must replace with their own before they can act.
 */
public record AddUser(
        String username,
        String displayName,
        Side side,
        Role role,
        String email,
        boolean lead,
        String password,
        Actor actor)
        implements ActorCommand {

    /** Someone without an e-mail address who does not lead their side. */
    public AddUser(String username, String displayName, Side side, Role role, String password, Actor actor) {
        this(username, displayName, side, role, null, false, password, actor);
    }

    /** Without the password, which must never reach a log. */
    @Override
    public String toString() {
        return "AddUser[username=" + username + ", displayName=" + displayName + ", side=" + side + ", role=" + role
                + ", lead=" + lead + ", actor=" + actor + "]";
    }
}
