package dev.accord.domain.people;

import dev.accord.domain.people.api.UserSummary;
import java.util.Optional;

/**
 * Where the people who sign in are kept, as the application stores them. Passwords go in as typed and are kept
 * only as one-way hashes; the ledger records who changed what, never a password.
 */
public interface UserDirectory {

    boolean exists(String username);

    /** Whether this user is an enabled administrator. */
    boolean isActiveAdmin(String username);

    Optional<UserSummary> person(String username);

    /** Adds an enabled person whose first password was set by an administrator: they must choose their own. */
    void add(UserSummary person, String password, String addedBy);

    /** Whether this person signs in through the company's identity provider, which keeps their password. */
    boolean signsInWithIdentityProvider(String username);

    /** An administrator set this password: the person must choose their own before they act. */
    void resetPassword(String username, String password);

    boolean passwordMatches(String username, String password);

    /** The person chose this password themselves. */
    void choosePassword(String username, String password);

    void setEnabled(String username, boolean enabled);

    void setEmail(String username, String email);

    void setLead(String username, boolean lead);
}
