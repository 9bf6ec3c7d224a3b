package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** A person's password was set anew by an administrator; they must choose their own before they act again. */
@Revision("1")
public record PasswordReset(String username, Actor resetBy) implements UserAdministered {

    @Override
    public Actor by() {
        return resetBy;
    }

    @Override
    public String what() {
        return "reset the password";
    }
}
