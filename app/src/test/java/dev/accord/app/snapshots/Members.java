package dev.accord.app.snapshots;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorPrincipal;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo members sending commands through the application's own gateway, each signed in as themselves. */
final class Members {

    /** What a command came to: its answer, or the refusal's type and words. */
    record Outcome(String answer) {

        static Outcome of(Object result) {
            return new Outcome("answered " + result);
        }

        static Outcome refused(RuntimeException refusal) {
            return new Outcome(refusal.getClass().getSimpleName() + ": " + refusal.getMessage());
        }
    }

    private final CommandGateway commands;
    private final UserDetailsService users;

    Members(ApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** Sends the command {@code user} makes, failing the test if it is refused. */
    <R> R send(String user, Function<Actor, Object> command) {
        UserDetails member = users.loadUserByUsername(user);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        try {
            return commands.sendAndWait(command.apply(((ActorPrincipal) member).actor()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Sends the command and says what it came to, answered or refused. */
    Outcome attempt(String user, Function<Actor, Object> command) {
        try {
            return Outcome.of(send(user, command));
        } catch (RuntimeException refusal) {
            return Outcome.refused(refusal);
        }
    }
}
