package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import org.axonframework.serialization.Revision;

/**
 * A person was added. The password is never part of the record, nor the e-mail address (personal data the ledger
 * could never forget). {@code lead} is absent, so false, on records from before leads.
 */
@Revision("1")
public record UserAdded(String username, String displayName, Side side, Role role, Actor addedBy, boolean lead)
        implements UserAdministered {

    public UserAdded(String username, String displayName, Side side, Role role, Actor addedBy) {
        this(username, displayName, side, role, addedBy, false);
    }

    @Override
    public Actor by() {
        return addedBy;
    }

    @Override
    public String what() {
        String as = role == null ? "added" : "added as " + role.name().toLowerCase(java.util.Locale.ROOT);
        return side == null ? as : as + (lead ? ", lead of " : ", ") + side.label();
    }
}
