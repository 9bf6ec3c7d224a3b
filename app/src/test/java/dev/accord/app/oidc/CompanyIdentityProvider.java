package dev.accord.app.oidc;

import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The company's identity provider in the tests: a real OpenID Connect server (NAV's mock-oauth2-server) in the test
 * JVM, one for the whole run, with its interactive login page (any username, any claims) for the browser tests.
 */
final class CompanyIdentityProvider {

    static final String CLIENT_ID = "accord";
    private static final String ISSUER_ID = "company";
    private static final MockOAuth2Server SERVER = started();

    private CompanyIdentityProvider() {}

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start();
        return server;
    }

    static String issuer() {
        return SERVER.issuerUrl(ISSUER_ID).toString();
    }

    /**
     * Accord connected to it as an administrator would, with the company's groups for each place in Accord, on a
     * ledger of its own: its embedded PostgreSQL even when CI names a server for the shared context. On the shared
     * ledger it would be one more node, claiming projection segments and firing the demo history's deadlines while
     * other tests count on theirs.
     */
    static void connect(DynamicPropertyRegistry properties, boolean localAccounts, String unknownUsers) {
        properties.add("spring.datasource.url", () -> "");
        properties.add("accord.oidc.issuer", CompanyIdentityProvider::issuer);
        properties.add("accord.oidc.client-id", () -> CLIENT_ID);
        properties.add("accord.oidc.client-secret", () -> "a-secret-only-the-test-knows");
        properties.add("accord.oidc.display-name", () -> "Sign in with Company ID");
        properties.add("accord.oidc.groups.finance", () -> "accord-finance");
        properties.add("accord.oidc.groups.it", () -> "accord-it");
        properties.add("accord.oidc.groups.finance-lead", () -> "accord-cfo");
        properties.add("accord.oidc.groups.it-lead", () -> "accord-cio");
        properties.add("accord.oidc.groups.viewer", () -> "accord-readers");
        properties.add("accord.oidc.groups.administrator", () -> "accord-admins");
        properties.add("accord.oidc.unknown-users", () -> unknownUsers);
        properties.add("accord.local-accounts.enabled", () -> localAccounts);
    }

    /** An access token for Accord, valid for an hour, for someone with these claims. */
    static String accessToken(String subject, Map<String, Object> claims) {
        return SERVER.issueToken(ISSUER_ID, subject, CLIENT_ID, claims, 3600).serialize();
    }

    static String expiredAccessToken(String subject, Map<String, Object> claims) {
        return SERVER.issueToken(ISSUER_ID, subject, CLIENT_ID, claims, -3600).serialize();
    }

    /** A token of another issuer on the same server: signed, current, for Accord, and still not to be trusted. */
    static String foreignAccessToken(String subject, Map<String, Object> claims) {
        return SERVER.issueToken("elsewhere", subject, CLIENT_ID, claims, 3600).serialize();
    }

    /** A token the same identity provider gave another application of the company. */
    static String accessTokenForAnotherApplication(String subject, Map<String, Object> claims) {
        return SERVER.issueToken(ISSUER_ID, subject, "payroll", claims, 3600).serialize();
    }
}
