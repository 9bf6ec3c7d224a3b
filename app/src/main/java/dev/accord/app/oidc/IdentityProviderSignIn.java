package dev.accord.app.oidc;

import dev.accord.app.user.SignedInUser;
import dev.accord.app.user.UserAccount;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns what the identity provider vouches for into an Accord user, the same way for both doors: a browser
 * sign-in (its ID token and user info) and an access token on the API. Each time, the person's account is
 * written with what their claims say now and must be enabled.
 */
class IdentityProviderSignIn {

    private final PersonFromClaims people;
    private final IdentityProviderAccounts accounts;

    IdentityProviderSignIn(PersonFromClaims people, IdentityProviderAccounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    /** The browser's sign-in: Spring Security's OpenID Connect user, made an Accord user. */
    OAuth2UserService<OidcUserRequest, OidcUser> browser() {
        OidcUserService vouching = new OidcUserService();
        return request -> {
            OidcUser vouched = vouching.loadUser(request);
            return new IdentityProviderUser(account(vouched.getClaims()), vouched);
        };
    }

    /** An access token on the API: its claims read as at sign-in. */
    Converter<Jwt, AbstractAuthenticationToken> api() {
        return jwt -> {
            SignedInUser user = new SignedInUser(account(jwt.getClaims()));
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        };
    }

    private UserAccount account(Map<String, Object> claims) {
        try {
            return accounts.signedIn(people.person(claims));
        } catch (DataAccessException unavailable) {
            // Nobody was refused: Accord could not tell (SignInRefusals answers 503).
            throw new AuthenticationServiceException("The directory of users cannot be written", unavailable);
        }
    }
}
