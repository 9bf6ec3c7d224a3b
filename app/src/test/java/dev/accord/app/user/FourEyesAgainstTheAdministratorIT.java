package dev.accord.app.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Administrator;
import dev.accord.domain.people.api.AddUser;
import dev.accord.domain.people.api.EmailAddress;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On PostgreSQL: an administrator with a side is refused and stored nowhere; someone whose password an administrator
 * set is refused every command (403) until they chose their own, by password and by token alike; the administration
 * log lists who did what to whose account, newest first, for administrators only.
 */
@AccordIntegrationTest
class FourEyesAgainstTheAdministratorIT {

    private static final String TOKEN_REQUEST = """
            {"name": "script", "expiresInDays": 7}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserDetailsService users;

    @Test
    void anAdministratorWithASideIsRefusedAndStoredNowhere() {
        String username = "root" + UUID.randomUUID().toString().substring(0, 6);
        UserDetails ada = users.loadUserByUsername("ada");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ada, null, ada.getAuthorities()));
        try {
            assertThatThrownBy(() -> commands.sendAndWait(new AddUser(
                            username, "Root", Side.FINANCE, Role.ADMIN, "welcome-1", ((ActorPrincipal) ada).actor())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("side");
                        assertThat(e.getMessage()).contains("four eyes");
                    });
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
        // The table holds the same rule, for whatever writes it besides the domain.
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE role = 'ADMIN' AND side IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPasswordAnAdministratorSetAllowsNoCommandUntilItsOwnerChoseTheirs() throws Exception {
        String username = "tess" + UUID.randomUUID().toString().substring(0, 6);
        Administrator ada = new Administrator(commands, users);
        ada.addsWithFirstPassword(username, "ada-knows-1");

        ResponseEntity<String> refused = basic(username, "ada-knows-1", HttpMethod.POST, "/api/tokens", TOKEN_REQUEST);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(refused.getBody()).get("detail").asText()).startsWith("Choose your own password");
        assertThat(basic(username, "ada-knows-1", HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .as("reading is not acting")
                .isEqualTo(200);

        ada.choosesOwnPassword(username, "ada-knows-1", "only-tess-1");
        ResponseEntity<String> issued = basic(username, "only-tess-1", HttpMethod.POST, "/api/tokens", TOKEN_REQUEST);
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        String token = json.readTree(issued.getBody()).get("token").asText();

        ada.resetsPasswordOnlyTo(username, "ada-knows-2");
        ResponseEntity<String> byToken = bearer(token, HttpMethod.POST, "/api/tokens", TOKEN_REQUEST);
        assertThat(byToken.getStatusCode().value()).isEqualTo(403);
        assertThat(json.readTree(byToken.getBody()).get("detail").asText()).startsWith("Choose your own password");

        ada.choosesOwnPassword(username, "ada-knows-2", "only-tess-2");
        assertThat(bearer(token, HttpMethod.POST, "/api/tokens", TOKEN_REQUEST)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void theLogListsWhoDidWhatToWhoseAccountNewestFirstForAdministratorsOnly() throws Exception {
        String username = "tess" + UUID.randomUUID().toString().substring(0, 6);
        Administrator ada = new Administrator(commands, users);
        ada.adds(username, "only-tess-1");
        ada.resetsPasswordOnlyTo(username, "ada-knows-2");
        ada.disables(username);

        ResponseEntity<String> log = basic("ada", "demo", HttpMethod.GET, "/api/users/log?limit=500", null);
        assertThat(log.getStatusCode().value()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : json.readTree(log.getBody())) {
            if (entry.get("username").asText().equals(username)) {
                lines.add(
                        entry.get("byUserId").asText() + " " + entry.get("what").asText());
                assertThat(entry.get("at").asText()).isNotBlank();
            }
        }
        assertThat(lines)
                .containsExactly(
                        "ada disabled",
                        "ada reset the password",
                        username + " chose their own password",
                        "ada added as member, IT");
        assertThat(log.getBody()).doesNotContain("only-tess-1").doesNotContain("ada-knows-2");

        assertThat(basic("ida", "demo", HttpMethod.GET, "/api/users/log", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void theEmailColumnHoldsTheLongestAddressTheRuleAccepts() {
        assertThat(jdbc.sql("""
                        SELECT character_maximum_length FROM information_schema.columns
                        WHERE table_name = 'user_account' AND column_name = 'email'""").query(Integer.class).single()).isEqualTo(EmailAddress.MAX_LENGTH);
    }

    private ResponseEntity<String> basic(String user, String password, HttpMethod method, String path, String body) {
        return http.withBasicAuth(user, password)
                .exchange(path, method, new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private ResponseEntity<String> bearer(String token, HttpMethod method, String path, String body) {
        HttpHeaders headers = jsonHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
