package dev.accord.app.signin;

import dev.accord.domain.people.UserAdministration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password check, from the login form and from HTTP Basic on the API: first the throttle, then bcrypt, so a
 * guesser who is being refused costs Accord no CPU. The check itself is Spring Security's.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (authentication.getCredentials() != null
                && UserAdministration.isTooLong(authentication.getCredentials().toString())) {
            throw new PasswordTooLongException();
        }
        SignInThrottle.Attempt attempt = throttle.begin(authentication.getName(), clientAddress(authentication));
        try {
            return passwords.authenticate(authentication);
        } catch (AuthenticationServiceException unavailable) {
            // The directory could not be read (the database is down): nobody guessed wrong.
            throw unavailable;
        } catch (AuthenticationException refused) {
            attempt.failed();
            throw refused;
        }
    }

    /** The address the servlet container reports (behind a proxy, set server.forward-headers-strategy). */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
