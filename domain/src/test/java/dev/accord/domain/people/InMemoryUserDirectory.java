package dev.accord.domain.people;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Side;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The user directory as maps, as the application's table would hold it: for tests of the domain's handlers. */
public final class InMemoryUserDirectory implements UserDirectory {
    final Map<String, UserSummary> people = new HashMap<>();
    final Map<String, String> passwords = new HashMap<>();
    final Set<String> mustChoosePassword = new HashSet<>();
    final Set<String> signInWithIdentityProvider = new HashSet<>();

    /** Someone who chose their own password, as the demo people and the first administrator are created. */
    public void add(String username, String displayName, Side side, Role role, String password, String addedBy) {
        people.put(username, new UserSummary(username, displayName, side, role, true, null, false));
        passwords.put(username, password);
    }

    @Override
    public boolean signsInWithIdentityProvider(String username) {
        return signInWithIdentityProvider.contains(username);
    }

    @Override
    public boolean exists(String username) {
        return people.containsKey(username);
    }

    @Override
    public boolean isActiveAdmin(String username) {
        return person(username)
                .filter(person -> person.role() == Role.ADMIN && person.enabled())
                .isPresent();
    }

    @Override
    public Optional<UserSummary> person(String username) {
        return Optional.ofNullable(people.get(username));
    }

    @Override
    public void add(UserSummary person, String password, String addedBy) {
        people.put(person.username(), person);
        passwords.put(person.username(), password);
        mustChoosePassword.add(person.username());
    }

    @Override
    public void resetPassword(String username, String password) {
        passwords.put(username, password);
        mustChoosePassword.add(username);
    }

    @Override
    public boolean passwordMatches(String username, String password) {
        return password.equals(passwords.get(username));
    }

    @Override
    public void choosePassword(String username, String password) {
        passwords.put(username, password);
        mustChoosePassword.remove(username);
    }

    @Override
    public void setEnabled(String username, boolean on) {
        change(
                username,
                p -> new UserSummary(p.username(), p.displayName(), p.side(), p.role(), on, p.email(), p.lead()));
    }

    @Override
    public void setEmail(String username, String email) {
        change(
                username,
                p -> new UserSummary(p.username(), p.displayName(), p.side(), p.role(), p.enabled(), email, p.lead()));
    }

    @Override
    public void setLead(String username, boolean lead) {
        change(
                username,
                p -> new UserSummary(p.username(), p.displayName(), p.side(), p.role(), p.enabled(), p.email(), lead));
    }

    boolean enabled(String username) {
        return people.get(username).enabled();
    }

    private void change(String username, java.util.function.UnaryOperator<UserSummary> change) {
        people.computeIfPresent(username, (name, person) -> change.apply(person));
    }
}
