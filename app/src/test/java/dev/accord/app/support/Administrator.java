package dev.accord.app.support;

import dev.accord.domain.people.api.AddUser;
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

/** Ada, the demo administrator, managing people through the command gateway as the People page does. */
public final class Administrator {

    private final CommandGateway commands;
    private final UserDetailsService users;

    public Administrator(CommandGateway commands, UserDetailsService users) {
        this.commands = commands;
        this.users = users;
    }

    public void adds(String username, String password) {
        send(ada -> new AddUser(username, "Tess " + username, Side.IT, Role.MEMBER, password, ada));
    }

    public void disables(String username) {
        send(ada -> new DisableUser(username, ada));
    }

    public void resetsPasswordOf(String username, String password) {
        send(ada -> new ResetPassword(username, password, ada));
    }

    private void send(Function<Actor, Object> command) {
        UserDetails ada = users.loadUserByUsername("ada");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ada, null, ada.getAuthorities()));
        try {
            commands.sendAndWait(command.apply(((ActorPrincipal) ada).actor()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
