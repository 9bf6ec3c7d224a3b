package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/** An administrator sets a new password for a person. */
public record ResetPassword(String username, String password, Actor actor) implements ActorCommand {

    /** Without the password, which must never reach a log. */
    @Override
    public String toString() {
        return "ResetPassword[username=" + username + ", actor=" + actor + "]";
    }
}
