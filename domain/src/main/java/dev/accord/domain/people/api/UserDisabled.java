package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** A person may no longer sign in. */
@Revision("1")
public record UserDisabled(String username, Actor disabledBy) implements UserAdministered {

    @Override
    public Actor by() {
        return disabledBy;
    }

    @Override
    public String what() {
        return "disabled";
    }
}
