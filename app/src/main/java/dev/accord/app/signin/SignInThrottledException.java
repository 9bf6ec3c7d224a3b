package dev.accord.app.signin;

import java.util.concurrent.TimeUnit;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address: the password was not even checked. */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(long nanosToWait) {
        super("Too many failed sign-ins");
        this.retryAfterSeconds =
                Math.max(1, (nanosToWait + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    /** Whole seconds until one more attempt is taken, for the Retry-After header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
