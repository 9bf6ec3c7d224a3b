package dev.accord.app.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.api.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What a refused sign-in answers, on each door. Throttled: 429 with Retry-After. Database unreachable: 503 with
 * Retry-After, never "wrong password", since nobody could tell. A password bcrypt cannot hold: that reason.
 */
public final class SignInRefusals {

    /** Seconds a client waits before trying again while the database cannot be reached. */
    public static final long UNAVAILABLE_RETRY_AFTER_SECONDS = 10;

    private SignInRefusals() {}

    /** HTTP Basic on the API: RFC 7807 problems. */
    public static AuthenticationEntryPoint api(ObjectMapper json) {
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                ProblemResponse.write(
                        response,
                        json,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed sign-ins for "
                                + "this account or from this address; try again in " + throttled.retryAfterSeconds()
                                + " seconds");
            } else if (e instanceof AuthenticationServiceException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(UNAVAILABLE_RETRY_AFTER_SECONDS));
                ProblemResponse.write(
                        response,
                        json,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Accord cannot reach its database, so it cannot check passwords; try again shortly");
            } else if (e instanceof LocalAccountsTurnedOffException) {
                ProblemResponse.write(response, json, HttpStatus.UNAUTHORIZED, e.getMessage());
            } else {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Accord\"");
                ProblemResponse.write(
                        response,
                        json,
                        HttpStatus.UNAUTHORIZED,
                        e instanceof PasswordTooLongException
                                ? "Password: " + e.getMessage()
                                : "Sign in with HTTP Basic to use the API");
            }
        };
    }

    /** The login form: back to the login page, which says why (see LoginView). */
    public static AuthenticationFailureHandler loginForm() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String reason;
            if (e instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                reason = "throttled=" + throttled.retryAfterSeconds();
            } else if (e instanceof AuthenticationServiceException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(UNAVAILABLE_RETRY_AFTER_SECONDS));
                reason = "unavailable";
            } else if (e instanceof PasswordTooLongException) {
                reason = "too-long";
            } else if (e instanceof LocalAccountsTurnedOffException) {
                reason = "local-accounts-off";
            } else {
                reason = "error";
            }
            redirect(response, request.getContextPath() + "/login?" + reason);
        };
    }

    private static void redirect(HttpServletResponse response, String location) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(location));
    }
}
