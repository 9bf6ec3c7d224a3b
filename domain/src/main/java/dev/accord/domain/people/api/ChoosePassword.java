package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;

/**
 * A person replaces their password with one of their own, proving the current one. The only command someone whose
 * password an administrator set may send: until they have chosen, the administrator knows their password.
 */
public record ChoosePassword(String currentPassword, String newPassword, Actor actor) implements ActorCommand {

    /** Without the passwords, which must never reach a log. */
    @Override
    public String toString() {
        return "ChoosePassword[actor=" + actor + "]";
    }
}
