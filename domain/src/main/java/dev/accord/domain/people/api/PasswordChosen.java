package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** A person chose their own password; nobody else knows it now. */
@Revision("1")
public record PasswordChosen(String username, Actor chosenBy) implements UserAdministered {

    @Override
    public Actor by() {
        return chosenBy;
    }

    @Override
    public String what() {
        return "chose their own password";
    }
}
