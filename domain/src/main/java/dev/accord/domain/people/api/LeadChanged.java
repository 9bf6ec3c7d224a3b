package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import org.axonframework.serialization.Revision;

/** A member became their side's lead, or stopped being it. */
@Revision("1")
public record LeadChanged(String username, Side side, boolean lead, Actor changedBy) implements UserAdministered {

    @Override
    public Actor by() {
        return changedBy;
    }

    @Override
    public String what() {
        return (lead ? "made lead of " : "no longer lead of ") + side.label();
    }
}
