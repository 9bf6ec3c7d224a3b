package dev.accord.app.signin;

import dev.accord.app.user.SignedInUser;
import dev.accord.app.user.UserAccounts;
import dev.accord.domain.people.api.ChoosePassword;
import jakarta.servlet.http.HttpSession;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Choosing one's password keeps the session it was chosen in. {@link SessionEndsWithAccount} ends every session
 * whose password is no longer the account's, which is right for the others (whoever else knew the old password is
 * out), but the person who just chose it goes on, now free to act: once the choice is committed, this session's
 * principal becomes the account as it is now.
 */
@Configuration(proxyBeanMethods = false)
class ChosenPasswordKeepsSession {

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> keepTheSessionAPasswordWasChosenIn(UserAccounts accounts) {
        return (UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof ChoosePassword choice) {
                SecurityContext context = SecurityContextHolder.getContext();
                unitOfWork.afterCommit(
                        committed -> signInAgain(context, choice.actor().userId(), accounts));
            }
            return chain.proceed();
        };
    }

    private static void signInAgain(SecurityContext context, String username, UserAccounts accounts) {
        if (context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof SignedInUser user)
                || !user.getUsername().equals(username)) {
            return;
        }
        accounts.find(username).map(SignedInUser::new).ifPresent(now -> {
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
            // The session holds this context already; set again so that a replicated session store sees the change.
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                HttpSession session = request.getRequest().getSession(false);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                }
            }
        });
    }
}
