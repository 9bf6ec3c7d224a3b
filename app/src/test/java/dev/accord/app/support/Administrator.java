package dev.accord.app.support;

import dev.accord.domain.people.api.AddUser;
import dev.accord.domain.people.api.ChoosePassword;
import dev.accord.domain.people.api.DisableUser;
import dev.accord.domain.people.api.ResetPassword;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.Side;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Ada, the demo administrator, managing people through the command gateway as the People page does. A password
 * Ada sets must be replaced by its owner before they can act, so {@link #adds} and {@link #resetsPasswordOf} go on
 * as the person, choosing the password the test names; {@link #addsWithFirstPassword} and
 * {@link #resetsPasswordOnlyTo} stop where Ada does.
 */
public final class Administrator {

    private final CommandGateway commands;
    private final UserDetailsService users;

    public Administrator(CommandGateway commands, UserDetailsService users) {
        this.commands = commands;
        this.users = users;
    }

    /** An IT member who has chosen {@code password} as their own. */
    public void adds(String username, String password) {
        addsWithFirstPassword(username, given(password));
        choosesOwnPassword(username, given(password), password);
    }

    /** An IT member who must still choose their own password instead of {@code firstPassword}. */
    public void addsWithFirstPassword(String username, String firstPassword) {
        send("ada", ada -> new AddUser(username, "Tess " + username, Side.IT, Role.MEMBER, firstPassword, ada));
    }

    public void disables(String username) {
        send("ada", ada -> new DisableUser(username, ada));
    }

    /** Ada resets the password, then its owner chooses {@code password}. */
    public void resetsPasswordOf(String username, String password) {
        resetsPasswordOnlyTo(username, given(password));
        choosesOwnPassword(username, given(password), password);
    }

    /** Ada resets the password; its owner must still choose their own. */
    public void resetsPasswordOnlyTo(String username, String password) {
        send("ada", ada -> new ResetPassword(username, password, ada));
    }

    /** The person themselves, signed in with {@code current}, chooses {@code chosen}. */
    public void choosesOwnPassword(String username, String current, String chosen) {
        send(username, person -> new ChoosePassword(current, chosen, person));
    }

    private static String given(String password) {
        return "set-by-ada-" + password;
    }

    private void send(String username, Function<Actor, Object> command) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            commands.sendAndWait(command.apply(((ActorPrincipal) user).actor()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
