package dev.accord.app.user;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;

/**
 * A person who signs in to Accord. {@code email} may be absent; {@code lead} marks the lead of their side (the CFO,
 * the CIO); {@code mustChoosePassword} is set when an administrator chose the password.
 */
public record UserAccount(
        String username,
        String displayName,
        Side side,
        Role role,
        String passwordHash,
        boolean enabled,
        String email,
        boolean lead,
        boolean mustChoosePassword) {

    /**
     * Who this user is on the events they cause. Only a member acts for a side: a viewer acts for none, whatever
     * department they sit in, and neither does an administrator, even on an account from before that rule (V19
     * cleared their sides): whoever manages the accounts must not also propose or approve.
     */
    public Actor actor() {
        return new Actor(username, displayName, role == Role.MEMBER ? side : null, lead);
    }

    /** As the administration view lists people. */
    public UserSummary summary() {
        return new UserSummary(username, displayName, side, role, enabled, email, lead);
    }
}
