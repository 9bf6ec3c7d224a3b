package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;
import org.axonframework.serialization.Revision;

/** A person's e-mail address changed. The address itself stays in the account, not in the ledger. */
@Revision("1")
public record EmailAddressChanged(String username, Actor changedBy) implements UserAdministered {

    @Override
    public Actor by() {
        return changedBy;
    }

    @Override
    public String what() {
        return "changed the e-mail address";
    }
}
