package dev.accord.ui.base;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorPrincipal;

/** Who is signed in to this browser session, in the ledger's terms. */
@SpringComponent
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Actor actor() {
        return authentication
                .getAuthenticatedUser(ActorPrincipal.class)
                .map(ActorPrincipal::actor)
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** Whether the user acts for Finance or IT (viewers and side-less admins only read). */
    public boolean actsForASide() {
        return authentication
                .getAuthenticatedUser(ActorPrincipal.class)
                .map(principal -> principal.actor().belongsToASide())
                .orElse(false);
    }

    /** Whether an administrator set this person's password and they have not chosen their own yet. */
    public boolean mustChoosePassword() {
        return authentication
                .getAuthenticatedUser(ActorPrincipal.class)
                .map(ActorPrincipal::mustChoosePassword)
                .orElse(false);
    }

    public boolean isAdmin() {
        return authentication.hasRole("ADMIN");
    }

    public void signOut() {
        authentication.logout();
    }
}
