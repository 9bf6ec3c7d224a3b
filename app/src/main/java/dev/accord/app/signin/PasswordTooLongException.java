package dev.accord.app.signin;

import dev.accord.domain.people.UserAdministration;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * bcrypt reads only the first 72 bytes of a password, so no Accord password is longer; a longer one is refused
 * with that reason instead of being checked (Spring's bcrypt would fail on it).
 */
public class PasswordTooLongException extends BadCredentialsException {

    PasswordTooLongException() {
        super(UserAdministration.PASSWORD_TOO_LONG);
    }
}
