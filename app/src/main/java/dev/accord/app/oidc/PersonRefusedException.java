package dev.accord.app.oidc;

import org.springframework.security.core.AuthenticationException;

/**
 * The identity provider vouched for someone whom Accord turns away: their groups give them no place here (and
 * unknown people are refused), they are in both sides' groups, their account is disabled, or the claim that names
 * them cannot be an Accord user id.
 */
public class PersonRefusedException extends AuthenticationException {

    public PersonRefusedException(String message) {
        super(message);
    }
}
