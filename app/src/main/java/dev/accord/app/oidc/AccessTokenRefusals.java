package dev.accord.app.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.api.ProblemResponse;
import dev.accord.app.signin.SignInRefusals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What the API answers to an identity provider's access token it does not take, as an RFC 7807 problem: 401 for a
 * token that is not good (expired, from another issuer, for another audience, tampered with), 403 for a good token
 * of someone Accord turns away, 503 when Accord cannot check it.
 */
final class AccessTokenRefusals {

    private AccessTokenRefusals() {}

    static AuthenticationEntryPoint api(ObjectMapper json) {
        AuthenticationEntryPoint passwords = SignInRefusals.api(json);
        return (request, response, e) -> {
            if (e instanceof PersonRefusedException refused) {
                ProblemResponse.write(response, json, HttpStatus.FORBIDDEN, refused.getMessage());
            } else if (e instanceof AuthenticationServiceException) {
                passwords.commence(request, response, e);
            } else {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Accord\", error=\"invalid_token\"");
                ProblemResponse.write(
                        response,
                        json,
                        HttpStatus.UNAUTHORIZED,
                        "The identity provider's token was not accepted: " + e.getMessage());
            }
        };
    }
}
