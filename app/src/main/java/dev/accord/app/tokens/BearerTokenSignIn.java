package dev.accord.app.tokens;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.api.ProblemResponse;
import dev.accord.app.signin.SignInRefusals;
import dev.accord.app.user.SignedInUser;
import dev.accord.domain.tokens.ApiTokenSecret;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Authorization: Bearer acc_..." on the API: the secret's SHA-256 is looked up with its owner's account on every
 * request, so the request acts with the owner's role and side as they are now, and a revoked or expired token, or
 * a disabled owner, is refused at once on every node. A token is random and long, so there is nothing to throttle
 * against guessing and no bcrypt to pay: the check is a hash and one indexed read.
 */
public class BearerTokenSignIn extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenTable tokens;
    private final ObjectMapper json;
    private final Predicate<String> leftToOthers;

    public BearerTokenSignIn(ApiTokenTable tokens, ObjectMapper json) {
        this(tokens, json, token -> false);
    }

    /** Passes on the bearer tokens that are not Accord's to check (the identity provider's access tokens). */
    public BearerTokenSignIn(ApiTokenTable tokens, ObjectMapper json, Predicate<String> leftToOthers) {
        this.tokens = tokens;
        this.json = json;
        this.leftToOthers = leftToOthers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        if (leftToOthers.test(authorization.substring(BEARER.length()).strip())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenTable.Bearer> bearer;
        try {
            bearer = tokens.bearer(
                    ApiTokenSecret.hash(authorization.substring(BEARER.length()).strip()));
            bearer.ifPresent(tokens::used);
        } catch (DataAccessException unavailable) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SignInRefusals.UNAVAILABLE_RETRY_AFTER_SECONDS));
            ProblemResponse.write(
                    response,
                    json,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Accord cannot reach its database, so it cannot check tokens; try again shortly");
            return;
        }
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Accord\", error=\"invalid_token\"");
            ProblemResponse.write(
                    response,
                    json,
                    HttpStatus.UNAUTHORIZED,
                    "This token is unknown, revoked or expired, or its owner may no longer sign in");
            return;
        }
        SignedInUser user = new SignedInUser(bearer.get().account());
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
