package dev.accord.app.oidc;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the company's identity provider (OpenID Connect), as an administrator sets it (README, "Signing
 * in with your identity provider"). Off while no issuer is given: Accord then starts exactly as without it.
 *
 * @param issuer the issuer URL, whose /.well-known/openid-configuration Accord reads (env ACCORD_OIDC_ISSUER)
 * @param clientId Accord's client id at the identity provider
 * @param clientSecret its secret: from the environment (ACCORD_OIDC_CLIENT_SECRET), never from a file in the repo
 * @param displayName the text of the login page's button
 * @param userIdClaim the claim that names the person in Accord; {@code sub} when a token lacks it
 * @param groupsClaim the claim listing the person's groups or roles; a dotted path reaches into an object
 *     ({@code realm_access.roles} in Keycloak)
 * @param groups which of those values place a person in Accord
 * @param unknownUsers what a person in none of those groups is: a viewer, or refused
 * @param audience the audiences an access token on the API must name (one of); the client id when empty
 */
@ConfigurationProperties("accord.oidc")
public record IdentityProviderSettings(
        String issuer,
        String clientId,
        String clientSecret,
        @DefaultValue("Sign in with your identity provider") String displayName,
        @DefaultValue("preferred_username") String userIdClaim,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue Groups groups,
        @DefaultValue("viewer") UnknownUsers unknownUsers,
        @DefaultValue List<String> audience) {

    /** The id in the redirect URI the identity provider must allow: {base}/login/oauth2/code/oidc. */
    public static final String REGISTRATION_ID = "oidc";

    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    /** Without the client secret, which no log or error message may show. */
    @Override
    public String toString() {
        return "IdentityProviderSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null || clientSecret.isEmpty() ? "(none)" : "(set)") + ", userIdClaim="
                + userIdClaim + ", groupsClaim=" + groupsClaim + ", groups=" + groups + ", unknownUsers="
                + unknownUsers + ", audience=" + audience + "]";
    }

    /** The audiences an access token must name: the configured ones, or Accord's client id. */
    public List<String> acceptedAudiences() {
        return audience.isEmpty() ? List.of(clientId) : audience;
    }

    /**
     * The group values (as the groups claim carries them: names, or object ids in Entra ID) for each place in
     * Accord. A lead's group also makes them a member of that side.
     */
    public record Groups(
            @DefaultValue List<String> finance,
            @DefaultValue List<String> it,
            @DefaultValue List<String> financeLead,
            @DefaultValue List<String> itLead,
            @DefaultValue List<String> viewer,
            @DefaultValue List<String> administrator) {}

    /** A person whose groups name no place in Accord. */
    public enum UnknownUsers {
        /** signs in and may read the ledger */
        VIEWER,
        /** is turned away */
        REFUSE
    }
}
