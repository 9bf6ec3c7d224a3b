package dev.accord.app.signin;

import dev.accord.domain.people.UserAdministration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password check, from the login form and from HTTP Basic on the API: first the throttle, then bcrypt, so a
 * guesser who is being refused costs Accord no CPU. The check itself is Spring Security's; a password accepted a
 * moment ago for the account as it still is is recognised without it ({@link RecentSignIns}).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final UserDetailsService users;
    private final DaoAuthenticationProvider passwords;
    private final RecentSignIns recent = new RecentSignIns();
    private final SignInThrottle throttle;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.users = users;
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
            Optional<Authentication> recognised = recognised(authentication);
            if (recognised.isPresent()) {
                return recognised.get();
            }
            Authentication signedIn = passwords.authenticate(authentication);
            if (signedIn.getPrincipal() instanceof UserDetails account && authentication.getCredentials() != null) {
                recent.remember(account, authentication.getCredentials().toString());
            }
            return signedIn;
        } catch (AuthenticationServiceException unavailable) {
            // The directory could not be read (the database is down): nobody guessed wrong.
            throw unavailable;
        } catch (AuthenticationException refused) {
            attempt.failed();
            throw refused;
        }
    }

    /** The account, read afresh, if this password was accepted for it a moment ago (see {@link RecentSignIns}). */
    private Optional<Authentication> recognised(Authentication attempt) {
        if (attempt.getCredentials() == null) {
            return Optional.empty();
        }
        UserDetails account;
        try {
            account = users.loadUserByUsername(attempt.getName());
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        } catch (RuntimeException unavailable) {
            throw new AuthenticationServiceException("The directory of users cannot be read", unavailable);
        }
        if (!recent.recognise(account, attempt.getCredentials().toString())) {
            return Optional.empty();
        }
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return Optional.of(signedIn);
    }

    /** The address the servlet container reports (behind a proxy, set server.forward-headers-strategy). */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
