package dev.accord.ui.login;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Sign in with …": a plain link out of the Vaadin application, since the sign-in leaves for the identity provider
 * and comes back through Spring Security, not through Vaadin's router.
 */
final class IdentityProviderButton {

    private IdentityProviderButton() {}

    static Anchor leadingTo(SignInOptions options) {
        Button button = new Button(options.identityProviderButton());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setWidth("20em");
        Anchor link = new Anchor(options.identityProviderPath().substring(1), button);
        link.setId("sign-in-with-identity-provider");
        // A full page load: the router must not try to resolve the path as a view.
        link.setRouterIgnore(true);
        return link;
    }
}
