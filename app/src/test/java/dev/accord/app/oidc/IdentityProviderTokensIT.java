package dev.accord.app.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.user.UserAccounts;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The identity provider's access tokens on the API: each person acts with the side and role their groups give
 * them, checked on the server like anyone's; tokens that are not good for Accord answer 401 problems; Accord's own
 * tokens and passwords keep working beside them.
 */
class IdentityProviderTokensIT extends WithCompanyIdentityProvider {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Test
    void financeAndItPeopleActForTheirSideAndGetAnAccountOfTheIdentityProvider() throws Exception {
        String olga = person("olga");
        String token = CompanyIdentityProvider.accessToken(
                "sub-" + olga,
                Map.of(
                        "preferred_username",
                        olga,
                        "name",
                        "Olga Berg",
                        "email",
                        olga + "@company.example",
                        "groups",
                        List.of("staff", "accord-finance")));
        ResponseEntity<String> proposed = bearer(token, HttpMethod.POST, "/api/projects", proposal());
        assertThat(proposed.getStatusCode().value()).isEqualTo(201);
        JsonNode project = json.readTree(bearer(token, HttpMethod.GET, "/api/projects/" + id(proposed), null)
                .getBody());
        assertThat(project.get("proposedBy").asText()).isEqualTo(olga);
        assertThat(project.get("proposedBySide").asText()).isEqualTo("FINANCE");

        Map<String, Object> account = jdbc.sql("SELECT display_name, side, role, email, lead, origin, password_hash"
                        + " FROM user_account WHERE username = ?")
                .param(olga)
                .query()
                .singleRow();
        assertThat(account)
                .containsEntry("display_name", "Olga Berg")
                .containsEntry("side", "FINANCE")
                .containsEntry("role", "MEMBER")
                .containsEntry("email", olga + "@company.example")
                .containsEntry("lead", false)
                .containsEntry("origin", "IDENTITY_PROVIDER")
                .containsEntry("password_hash", IdentityProviderAccounts.NO_PASSWORD);
        // No password opens an account the identity provider vouches for.
        assertThat(basic(olga, IdentityProviderAccounts.NO_PASSWORD)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        // Nor can an administrator give her one: the identity provider keeps her password, Accord has none to reset.
        assertThat(accounts.signsInWithIdentityProvider(olga)).isTrue();
        assertThat(accounts.signsInWithIdentityProvider("ada")).isFalse();

        String ivan = person("ivan");
        String itToken =
                CompanyIdentityProvider.accessToken(ivan, Map.of("preferred_username", ivan, "groups", "accord-cio"));
        ResponseEntity<String> itProposed = bearer(itToken, HttpMethod.POST, "/api/projects", proposal());
        assertThat(itProposed.getStatusCode().value()).isEqualTo(201);
        JsonNode itProject = json.readTree(bearer(itToken, HttpMethod.GET, "/api/projects/" + id(itProposed), null)
                .getBody());
        assertThat(itProject.get("proposedBySide").asText()).isEqualTo("IT");
        assertThat(jdbc.sql("SELECT lead FROM user_account WHERE username = ?")
                        .param(ivan)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void viewersAndUnknownPeopleReadButMayNotAct() {
        String vera = person("vera");
        String viewer = CompanyIdentityProvider.accessToken(
                vera, Map.of("preferred_username", vera, "groups", List.of("accord-readers")));
        // Someone in none of Accord's groups: a viewer here (accord.oidc.unknown-users=viewer), named by sub.
        String stranger = person("sub");
        String unknown = CompanyIdentityProvider.accessToken(stranger, Map.of("groups", List.of("canteen")));
        for (String token : List.of(viewer, unknown)) {
            assertThat(bearer(token, HttpMethod.GET, "/api/projects", null)
                            .getStatusCode()
                            .value())
                    .isEqualTo(200);
            ResponseEntity<String> refused = bearer(token, HttpMethod.POST, "/api/projects", proposal());
            assertThat(refused.getStatusCode().value()).isEqualTo(403);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(jdbc.sql("SELECT role FROM user_account WHERE username = ?")
                        .param(stranger)
                        .query(String.class)
                        .single())
                .isEqualTo("VIEWER");
    }

    @Test
    void tokensThatAreNotGoodForAccordAnswer401Problems() throws Exception {
        String olga = person("olga");
        Map<String, Object> claims = Map.of("preferred_username", olga, "groups", List.of("accord-finance"));
        for (String token : List.of(
                CompanyIdentityProvider.expiredAccessToken(olga, claims),
                CompanyIdentityProvider.foreignAccessToken(olga, claims),
                CompanyIdentityProvider.accessTokenForAnotherApplication(olga, claims),
                CompanyIdentityProvider.accessToken(olga, claims) + "x")) {
            ResponseEntity<String> refused = bearer(token, HttpMethod.GET, "/api/projects", null);
            assertThat(refused.getStatusCode().value()).isEqualTo(401);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .contains("invalid_token");
            assertThat(json.readTree(refused.getBody()).get("detail").asText())
                    .startsWith("The identity provider's token was not accepted");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = ?")
                        .param(olga)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDisabledAccountStaysRefusedWhateverTheIdentityProviderSays() throws Exception {
        String dora = person("dora");
        String token = CompanyIdentityProvider.accessToken(
                dora, Map.of("preferred_username", dora, "groups", List.of("accord-finance")));
        assertThat(bearer(token, HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE username = ?")
                .param(dora)
                .update();
        ResponseEntity<String> refused = bearer(token, HttpMethod.GET, "/api/projects", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("disabled");
    }

    @Test
    void accordsOwnTokensAndPasswordsWorkBesideTheIdentityProvidersTokens() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> issued = http.withBasicAuth("fay", "demo")
                .exchange(
                        "/api/tokens",
                        HttpMethod.POST,
                        new HttpEntity<>(
                                "{\"name\": \"oidc-" + UUID.randomUUID() + "\", \"expiresInDays\": 1}", headers),
                        String.class);
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        String accords = json.readTree(issued.getBody()).get("token").asText();
        assertThat(bearer(accords, HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(bearer("acc_unknown", HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    @Test
    void eachSignInBringsTheAccountUpToDateAndTakesOverALocalAccountOfTheSameUserId() {
        String lena = person("lena");
        accounts.addIfAbsent(lena, "Lena Local", Side.IT, Role.MEMBER, "a-local-password", "test");
        assertThat(basic(lena, "a-local-password").getStatusCode().value()).isEqualTo(200);

        String token = CompanyIdentityProvider.accessToken(
                lena, Map.of("preferred_username", lena, "name", "Lena Nord", "groups", List.of("accord-finance")));
        assertThat(bearer(token, HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(accounts.find(lena)).hasValueSatisfying(account -> {
            assertThat(account.displayName()).isEqualTo("Lena Nord");
            assertThat(account.side()).isEqualTo(Side.FINANCE);
        });
        // The identity provider vouches for her now: her old password opens nothing.
        assertThat(basic(lena, "a-local-password").getStatusCode().value()).isEqualTo(401);

        // An access token without her name: the name she signed in with stays.
        String moved = CompanyIdentityProvider.accessToken(
                lena, Map.of("preferred_username", lena, "groups", List.of("accord-cio")));
        assertThat(bearer(moved, HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(accounts.find(lena)).hasValueSatisfying(account -> {
            assertThat(account.displayName()).isEqualTo("Lena Nord");
            assertThat(account.side()).isEqualTo(Side.IT);
            assertThat(account.lead()).isTrue();
        });
    }

    @Test
    void aRequestWithoutCredentialsIsStillA401Problem() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/projects", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ResponseEntity<String> basic(String user, String password) {
        return http.withBasicAuth(user, password).getForEntity("/api/projects", String.class);
    }

    private ResponseEntity<String> bearer(String token, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private String id(ResponseEntity<String> proposed) throws Exception {
        return json.readTree(proposed.getBody()).get("id").asText();
    }

    private static String proposal() {
        return """
                {"title": "Single sign-on rollout %s", "requestedBudget": {"amount": "12000.00", "currency": "EUR"},
                 "fiscalYear": %d}""".formatted(UUID.randomUUID(), FiscalYears.forProposalsOnly());
    }

    /** A user id of this test's own. */
    static String person(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
