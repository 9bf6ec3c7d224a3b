package dev.accord.app.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.NotPermittedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor behind the current request. */
public final class SignedIn {

    private SignedIn() {}

    public static Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw new NotPermittedException("Sign in to act");
    }
}
