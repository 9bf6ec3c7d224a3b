package dev.accord.ui.login;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.accord.domain.people.UserAdministration;
import java.util.List;
import java.util.Map;

/**
 * Sign-in for Finance, IT and viewers. Spring Security checks the password and sends a refused sign-in back here
 * with the reason: {@code ?error} (wrong), {@code ?throttled=<seconds>} (too many failures),
 * {@code ?unavailable} (the database cannot be reached) or {@code ?too-long} (more than bcrypt's 72 bytes). When the
 * company's identity provider is configured, a button signs in through it; a person it vouches for whom Accord turns
 * away comes back with {@code ?not-admitted}. The form is shown only while Accord's own accounts are on.
 */
@Route("login")
@PageTitle("Sign in · Accord")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(SignInOptions options) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Accord"), new Paragraph("Finance and IT decide IT budgets together, on one shared record."));
        if (options.identityProvider()) {
            add(IdentityProviderButton.leadingTo(options));
            if (options.localAccounts()) {
                add(new Paragraph("or with an account of Accord's own:"));
            }
        }
        // Without local accounts the server refuses every password anyway; the form would only mislead.
        login.setVisible(options.localAccounts());
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> reason =
                event.getLocation().getQueryParameters().getParameters();
        if (reason.containsKey("throttled")) {
            String seconds = reason.get("throttled").get(0);
            refused(
                    "Too many failed sign-ins",
                    "Sign-in for this account or from this address is paused: try " + "again "
                            + (seconds.matches("\\d{1,5}") ? "in " + seconds + " seconds." : "shortly."));
        } else if (reason.containsKey("unavailable")) {
            refused(
                    "Accord is unavailable",
                    "Accord cannot reach its database just now, so it cannot check "
                            + "passwords. Try again in a moment.");
        } else if (reason.containsKey("not-admitted")) {
            refused(
                    "Not admitted to Accord",
                    "Your identity provider signed you in, but Accord cannot let you in: your groups give you no"
                            + " place here, or your account is disabled. Ask an administrator.");
        } else if (reason.containsKey("identity-provider")) {
            refused("Sign-in not completed", "The identity provider did not complete the sign-in. Try again.");
        } else if (reason.containsKey("local-accounts-off")) {
            refused("Sign in with your identity provider", "Accord's own accounts are turned off here.");
        } else if (reason.containsKey("too-long")) {
            refused("Password too long", UserAdministration.PASSWORD_TOO_LONG + ".");
        } else {
            login.setError(reason.containsKey("error"));
        }
    }

    private void refused(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(title);
        error.setMessage(message);
        i18n.setErrorMessage(error);
        login.setI18n(i18n);
        login.setError(true);
    }
}
