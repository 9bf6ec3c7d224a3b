package dev.accord.domain.people.api;

import dev.accord.domain.shared.Actor;

/** Something done to a person's account, as the administration log lists it: whom, by whom, and what. */
public interface UserAdministered {

    /** Whose account. */
    String username();

    /** Who did it: an administrator, or the person themselves. */
    Actor by();

    /** What was done, in a few words: "added as a member of IT", "reset the password". */
    String what();
}
