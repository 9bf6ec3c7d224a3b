package dev.accord.app.oidc;

import dev.accord.domain.tokens.ApiTokenSecret;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Which bearer tokens on the API are Accord's own and which the identity provider's. Accord's are "acc_" and
 * URL-safe base64 (ApiTokenSecret), which has no dots; a JWT is three base64 parts joined by dots and begins with
 * its header, "eyJ". So no token can be taken for the other kind: each is checked by its own issuer only.
 */
final class AccessTokens {

    private AccessTokens() {}

    static boolean isAccords(String token) {
        return token.startsWith(ApiTokenSecret.PREFIX) && token.indexOf('.') < 0;
    }

    /** The identity provider's access token of a request, if it carries one rather than one of Accord's. */
    static BearerTokenResolver identityProvidersOnly() {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return (HttpServletRequest request) -> {
            String token = bearer.resolve(request);
            return token == null || isAccords(token) ? null : token;
        };
    }
}
