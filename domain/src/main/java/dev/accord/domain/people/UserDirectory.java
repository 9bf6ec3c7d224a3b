package dev.accord.domain.people;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;

/**
 * Where the people who sign in are kept, as the application stores them. Passwords go in as typed and are kept
 * only as one-way hashes; the ledger records who changed what, never a password.
 */
public interface UserDirectory {

    boolean exists(String username);

    /** Whether this user is an enabled administrator. */
    boolean isActiveAdmin(String username);

    void add(String username, String displayName, Side side, Role role, String password, String addedBy);

    void setPassword(String username, String password);

    void setEnabled(String username, boolean enabled);
}
