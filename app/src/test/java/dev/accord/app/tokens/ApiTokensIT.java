package dev.accord.app.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Administrator;
import dev.accord.domain.shared.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * API tokens: issued once with their secret, used as "Authorization: Bearer" with the owner's current account,
 * listed without the secret, revoked by their owner only; revoked, expired and disabled owners' tokens answer 401.
 */
@AccordIntegrationTest
class ApiTokensIT {

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
    void aTokenReadsAndActsAsItsOwnerIsListedWithoutItsSecretAndStopsWhenRevoked() throws Exception {
        String name = "nightly export " + UUID.randomUUID();
        ResponseEntity<String> issued = basic("ida", "demo", HttpMethod.POST, "/api/tokens", """
                {"name": "%s", "expiresInDays": 30}""".formatted(name));
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        JsonNode answer = json.readTree(issued.getBody());
        String token = answer.get("token").asText();
        String id = answer.get("id").asText();
        assertThat(token).startsWith("acc_").hasSizeGreaterThanOrEqualTo(4 + 43);
        assertThat(Duration.between(
                        Instant.now(), Instant.parse(answer.get("expiresAt").asText())))
                .isBetween(Duration.ofDays(29), Duration.ofDays(30));

        // A command and a read, both as ida.
        ResponseEntity<String> proposed =
                bearer(token, HttpMethod.POST, "/api/projects", """
                {"title": "Token-sent proposal %s", "requestedBudget": {"amount": "1000.00", "currency": "EUR"}}""".formatted(UUID.randomUUID()));
        assertThat(proposed.getStatusCode().value()).isEqualTo(201);
        String project = json.readTree(proposed.getBody()).get("id").asText();
        ResponseEntity<String> read = bearer(token, HttpMethod.GET, "/api/projects/" + project, null);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(read.getBody()).get("proposedBy").asText()).isEqualTo("ida");

        JsonNode listed =
                json.readTree(bearer(token, HttpMethod.GET, "/api/tokens", null).getBody());
        JsonNode mine = findById(listed, id);
        assertThat(mine.get("name").asText()).isEqualTo(name);
        assertThat(mine.get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.toString()).doesNotContain(token).doesNotContain("\"token\"");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE secret_hash LIKE :secret")
                        .param("secret", "%" + token.substring(4) + "%")
                        .query(Long.class)
                        .single())
                .as("the secret is stored only as its hash")
                .isZero();

        assertThat(basic("ida", "demo", HttpMethod.DELETE, "/api/tokens/" + id, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        ResponseEntity<String> refused = bearer(token, HttpMethod.GET, "/api/projects", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(basic("ida", "demo", HttpMethod.GET, "/api/tokens", null)
                                .getBody())
                        .findValuesAsText("id"))
                .doesNotContain(id);

        // Both changes are in the ledger with who made them.
        assertThat(recordedBy("ApiTokenIssued", id)).isEqualTo("ida");
        assertThat(recordedBy("ApiTokenRevoked", id)).isEqualTo("ida");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JsonNode issued = issue("fay", "demo");
        jdbc.sql("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = :id")
                .param("id", UUID.fromString(issued.get("id").asText()))
                .update();
        assertThat(bearer(issued.get("token").asText(), HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    @Test
    void aDisabledOwnersTokensStopAtOnce() throws Exception {
        String username = "tok" + UUID.randomUUID().toString().substring(0, 6);
        new Administrator(commands, users).adds(username, "welcome-1");
        String token = issue(username, "welcome-1").get("token").asText();
        assertThat(bearer(token, HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        new Administrator(commands, users).disables(username);

        assertThat(bearer(token, HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        JsonNode idas = issue("ida", "demo");
        ResponseEntity<String> refused = basic(
                "ivo",
                "demo",
                HttpMethod.DELETE,
                "/api/tokens/" + idas.get("id").asText(),
                null);
        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(bearer(idas.get("token").asText(), HttpMethod.GET, "/api/projects", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void anUnknownTokenIsRefusedAsAProblem() throws Exception {
        ResponseEntity<String> refused = bearer("acc_nothing-like-it", HttpMethod.GET, "/api/projects", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(json.readTree(refused.getBody()).get("status").asInt()).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\": \"  \", \"expiresInDays\": 30}            | name",
                "{\"name\": \"LONG\", \"expiresInDays\": 30}          | name",
                "{\"name\": \"ci\", \"expiresInDays\": 0}             | expiresInDays",
                "{\"name\": \"ci\", \"expiresInDays\": 366}           | expiresInDays",
                "{\"name\": \"ci\"}                                   | expiresInDays"
            })
    void badInputIsAProblemNamingTheFieldAndStoresNothing(String body, String field) throws Exception {
        long before = tokensOf("finn");
        ResponseEntity<String> refused = basic(
                "finn",
                "demo",
                HttpMethod.POST,
                "/api/tokens",
                body.replace("LONG", "x".repeat(Texts.LINE_MAX_LENGTH + 1)));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("field").asText()).isEqualTo(field);
        assertThat(tokensOf("finn")).isEqualTo(before);
    }

    @Test
    void theNameColumnHoldsTheLongestNameTheRuleAccepts() {
        assertThat(jdbc.sql("""
                        SELECT character_maximum_length FROM information_schema.columns
                        WHERE table_name = 'api_token' AND column_name = 'name'""").query(Integer.class).single()).isEqualTo(Texts.LINE_MAX_LENGTH);
    }

    private JsonNode issue(String user, String password) throws Exception {
        ResponseEntity<String> issued = basic(user, password, HttpMethod.POST, "/api/tokens", """
                {"name": "script", "expiresInDays": 7}""");
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        return json.readTree(issued.getBody());
    }

    private long tokensOf(String user) {
        return jdbc.sql("SELECT count(*) FROM api_token WHERE username = :user")
                .param("user", user)
                .query(Long.class)
                .single();
    }

    private String recordedBy(String eventType, String tokenId) throws Exception {
        String payload = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE payload_type LIKE :type AND convert_from(payload, 'UTF8') LIKE :id""")
                .param("type", "%." + eventType)
                .param("id", "%" + tokenId + "%")
                .query(String.class)
                .single();
        JsonNode event = json.readTree(payload);
        return event.get(eventType.equals("ApiTokenIssued") ? "issuedBy" : "revokedBy")
                .get("userId")
                .asText();
    }

    private static JsonNode findById(JsonNode list, String id) {
        for (JsonNode token : list) {
            if (token.get("id").asText().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("Token " + id + " is not listed in " + list);
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
