package dev.accord.app.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins Accord takes before it answers 429 (accord.sign-in.*): per account, so nobody guesses
 * one person's password from many addresses, and per client address, so nobody tries one password on many
 * accounts. Each allowance refills evenly over its period, so a legitimate user is held back for minutes, never
 * locked out.
 */
@ConfigurationProperties("accord.sign-in")
public record SignInLimits(Limit account, Limit address) {

    /** {@code failures} failed sign-ins in a row, then one more every {@code period / failures}. */
    public record Limit(int failures, Duration period) {}
}
