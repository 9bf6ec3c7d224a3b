package dev.accord.domain.people;

import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import java.util.HashMap;
import java.util.Map;

/** The user directory as maps, as the application's table would hold it: for tests of the domain's handlers. */
public final class InMemoryUserDirectory implements UserDirectory {
    final Map<String, Role> people = new HashMap<>();
    final Map<String, String> passwords = new HashMap<>();
    final Map<String, Boolean> enabled = new HashMap<>();

    @Override
    public boolean exists(String username) {
        return people.containsKey(username);
    }

    @Override
    public boolean isActiveAdmin(String username) {
        return people.get(username) == Role.ADMIN && enabled.getOrDefault(username, false);
    }

    @Override
    public void add(String username, String displayName, Side side, Role role, String password, String addedBy) {
        people.put(username, role);
        passwords.put(username, password);
        enabled.put(username, true);
    }

    @Override
    public void setPassword(String username, String password) {
        passwords.put(username, password);
    }

    @Override
    public void setEnabled(String username, boolean on) {
        enabled.put(username, on);
    }
}
