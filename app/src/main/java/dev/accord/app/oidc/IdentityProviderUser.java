package dev.accord.app.oidc;

import dev.accord.app.user.SignedInUser;
import dev.accord.app.user.UserAccount;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone signed in through the identity provider: a {@link SignedInUser} of their account, so that every check
 * made of a signed-in user (the actor of each command, roles, the session ending with the account) holds for them
 * as for anyone else, and an OpenID Connect user, as Spring Security's sign-in expects.
 */
class IdentityProviderUser extends SignedInUser implements OidcUser {

    private final OidcUser vouched;

    IdentityProviderUser(UserAccount account, OidcUser vouched) {
        super(account);
        this.vouched = vouched;
    }

    @Override
    public Map<String, Object> getClaims() {
        return vouched.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return vouched.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return vouched.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return vouched.getAttributes();
    }

    /** The Accord user id, as for a password sign-in. */
    @Override
    public String getName() {
        return getUsername();
    }
}
