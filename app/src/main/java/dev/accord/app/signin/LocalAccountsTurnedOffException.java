package dev.accord.app.signin;

import org.springframework.security.core.AuthenticationException;

/** A password sign-in while Accord's own accounts are turned off (accord.local-accounts.enabled=false). */
public class LocalAccountsTurnedOffException extends AuthenticationException {

    LocalAccountsTurnedOffException() {
        super("Accord's own accounts are turned off: sign in through your identity provider");
    }
}
