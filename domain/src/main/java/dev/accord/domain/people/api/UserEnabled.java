package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** A person may sign in again. */
@Revision("1")
public record UserEnabled(String username, Actor enabledBy) implements UserAdministered {

    @Override
    public Actor by() {
        return enabledBy;
    }

    @Override
    public String what() {
        return "enabled";
    }
}
