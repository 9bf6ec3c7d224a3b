package dev.accord.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed sign-ins are throttled per account and per address before any password is checked, only failures
 * count, and every pause ends.
 */
class ThrottledSignInTest {

    /** Three failures per account, then one a minute; five per address, then one a minute. */
    private static final SignInLimits LIMITS = new SignInLimits(
            new SignInLimits.Limit(3, Duration.ofMinutes(3)), new SignInLimits.Limit(5, Duration.ofMinutes(5)));

    private final ManualClock clock = new ManualClock();
    private final CountingEncoder encoder = new CountingEncoder();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final AtomicReference<String> storedPassword = new AtomicReference<>("right");
    private final AtomicBoolean disabled = new AtomicBoolean();
    private final UserDetailsService users = username -> {
        if (databaseDown.get()) {
            throw new DataAccessResourceFailureException("connection refused");
        }
        if (username.startsWith("nobody")) {
            throw new UsernameNotFoundException(username);
        }
        return User.withUsername(username)
                .password(storedPassword.get())
                .disabled(disabled.get())
                .roles("MEMBER")
                .build();
    };
    private final ThrottledSignIn signIn = new ThrottledSignIn(users, encoder, new SignInThrottle(LIMITS, clock));

    @Test
    void afterAFewFailuresAnAccountIsRefusedWithoutCheckingThePassword() {
        failThrice("ida", "10.0.0.1");
        int checks = encoder.checks;
        assertThatThrownBy(() -> signIn.authenticate(attempt("ida", "right", "10.0.0.2")))
                .isInstanceOfSatisfying(
                        SignInThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(60));
        assertThat(encoder.checks).as("no bcrypt for a refused attempt").isEqualTo(checks);
        assertThat(signIn.authenticate(attempt("ivo", "right", "10.0.0.2")).isAuthenticated())
                .isTrue();
    }

    @Test
    void aPasswordAcceptedAMomentAgoIsRecognisedWithoutBcryptUntilTheAccountChanges() {
        assertThat(signIn.authenticate(attempt("ida", "right", "10.0.0.1")).isAuthenticated())
                .isTrue();
        int checks = encoder.checks;
        assertThat(signIn.authenticate(attempt("ida", "right", "10.0.0.1")).isAuthenticated())
                .isTrue();
        assertThat(encoder.checks).as("recognised without bcrypt").isEqualTo(checks);
        assertThatThrownBy(() -> signIn.authenticate(attempt("ida", "wrong", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);

        storedPassword.set("reset by an administrator");
        assertThatThrownBy(() -> signIn.authenticate(attempt("ida", "right", "10.0.0.1")))
                .as("the old password after a reset")
                .isInstanceOf(BadCredentialsException.class);
        storedPassword.set("right");
        disabled.set(true);
        assertThatThrownBy(() -> signIn.authenticate(attempt("ida", "right", "10.0.0.1")))
                .as("a disabled account")
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void thePauseEndsAsTheAllowanceRefills() {
        failThrice("ida", "10.0.0.1");
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> signIn.authenticate(attempt("ida", "right", "10.0.0.1")))
                .isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn.authenticate(attempt("ida", "right", "10.0.0.1")).isAuthenticated())
                .isTrue();
    }

    @Test
    void successfulSignInsNeverCount() {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn.authenticate(attempt("ida", "right", "10.0.0.1")).isAuthenticated())
                    .isTrue();
        }
        failThrice("ida", "10.0.0.1");
    }

    @Test
    void oneAddressTryingManyAccountsIsRefusedToo() {
        for (int i = 0; i < 5; i++) {
            String account = "nobody" + i;
            assertThatThrownBy(() -> signIn.authenticate(attempt(account, "guess", "10.0.0.9")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt("fay", "right", "10.0.0.9")))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn.authenticate(attempt("fay", "right", "10.0.0.10")).isAuthenticated())
                .as("the account was not charged for the refused attempt")
                .isTrue();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithItsReasonAndUnchecked() {
        assertThatThrownBy(() -> signIn.authenticate(attempt("ida", "x".repeat(73), "10.0.0.1")))
                .isInstanceOf(PasswordTooLongException.class)
                .hasMessageStartingWith("At most 72 bytes");
        assertThat(encoder.checks).isZero();
    }

    @Test
    void anUnreachableDatabaseIsNobodysFailure() {
        databaseDown.set(true);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("ida", "right", "10.0.0.1")))
                    .isInstanceOf(AuthenticationServiceException.class);
        }
        databaseDown.set(false);
        assertThat(signIn.authenticate(attempt("ida", "right", "10.0.0.1")).isAuthenticated())
                .isTrue();
    }

    private void failThrice(String username, String address) {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(username, "wrong", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private static Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static final class ManualClock implements TimeMeter {
        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    /** Stands in for bcrypt and counts how often a password is checked. */
    private static final class CountingEncoder implements PasswordEncoder {
        private int checks;

        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return raw.toString().equals(encoded);
        }
    }
}
