package dev.accord.app.command;

import dev.accord.domain.people.api.ChoosePassword;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.NotPermittedException;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * No command acts in someone else's name. When a command is sent, the signed-in user is stamped into its
 * metadata; when it is handled, its actor must be that user. A command sent without a signed-in user, or
 * naming another actor, is refused before any rule of the domain runs. So is every command but choosing a password
 * from someone whose password an administrator set: the administrator knows it, so until its owner has replaced it,
 * acting with it would be acting with four eyes that are two.
 */
@Configuration(proxyBeanMethods = false)
class SignedInActorInterceptors {

    static final String SIGNED_IN_USER = "signedInUser";
    static final String MUST_CHOOSE_PASSWORD = "mustChoosePassword";
    static final String CHOOSE_PASSWORD_FIRST =
            "Choose your own password first: an administrator set the one you signed in with";

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> stampSignedInUser() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    Authentication authentication =
                            SecurityContextHolder.getContext().getAuthentication();
                    if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal user) {
                        return command.andMetaData(
                                user.mustChoosePassword()
                                        ? java.util.Map.of(
                                                SIGNED_IN_USER, user.actor().userId(), MUST_CHOOSE_PASSWORD, true)
                                        : java.util.Map.of(
                                                SIGNED_IN_USER, user.actor().userId()));
                    }
                    return command;
                };
            }
        };
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandActorIsTheSignedInUser() {
        return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
            CommandMessage<?> command = unitOfWork.getMessage();
            if (Boolean.TRUE.equals(command.getMetaData().get(MUST_CHOOSE_PASSWORD))
                    && !(command.getPayload() instanceof ChoosePassword)) {
                throw new NotPermittedException(CHOOSE_PASSWORD_FIRST);
            }
            if (command.getPayload() instanceof ActorCommand actorCommand) {
                Actor actor = actorCommand.actor();
                Object signedIn = command.getMetaData().get(SIGNED_IN_USER);
                if (actor == null || signedIn == null || !Objects.equals(actor.userId(), signedIn)) {
                    throw new NotPermittedException("Sign in to act; nobody may act in another person's name");
                }
            }
            return chain.proceed();
        };
    }
}
