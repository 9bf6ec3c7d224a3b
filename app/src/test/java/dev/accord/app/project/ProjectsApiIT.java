package dev.accord.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Ledger;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@AccordIntegrationTest
class ProjectsApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    Ledger ledger;

    @BeforeEach
    void setUp() {
        ledger = new Ledger(jdbc);
    }

    @Test
    void aProposalIsRecordedAndReadableAtOnce() throws Exception {
        String title = "Data-warehouse migration " + UUID.randomUUID();
        ResponseEntity<String> created = post("ida", """
                {"title": "%s", "description": "Move the warehouse to columnar storage",
                 "requestedBudget": {"amount": "120000.00", "currency": "EUR"}}""".formatted(title));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = json.readTree(created.getBody()).get("id").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/projects/" + id);

        // Read-your-writes: the very next read shows the project, no waiting.
        JsonNode project = json.readTree(get("fay", "/api/projects/" + id).getBody());
        assertThat(project.get("title").asText()).isEqualTo(title);
        assertThat(project.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(project.get("requestedBudget").get("amount").asText()).isEqualTo("120000.00");
        assertThat(project.get("requestedBudget").get("currency").asText()).isEqualTo("EUR");
        assertThat(project.get("approvedBudget").isNull()).isTrue();
        assertThat(project.get("proposedBy").asText()).isEqualTo("ida");
        assertThat(project.get("proposedBySide").asText()).isEqualTo("IT");

        JsonNode list = json.readTree(get("vic", "/api/projects").getBody());
        assertThat(list.isArray()).isTrue();
        assertThat(list.findValuesAsText("id")).contains(id);

        // The event is stored as readable JSON with who proposed it.
        String payload = ledger.firstPayloadOf(id);
        assertThat(json.readTree(payload).get("proposedBy").get("userId").asText())
                .isEqualTo("ida");
        assertThat(json.readTree(payload).get("proposedBy").get("side").asText())
                .isEqualTo("IT");
    }

    @Test
    void anUnknownProjectIsNotFound() {
        ResponseEntity<String> response = get("ida", "/api/projects/" + UUID.randomUUID());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        ResponseEntity<String> response = http.getForEntity("/api/projects", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIs401() {
        ResponseEntity<String> response =
                http.withBasicAuth("ida", "wrong").getForEntity("/api/projects", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aViewerMayReadButNotPropose() throws Exception {
        long before = ledger.eventCount();
        ResponseEntity<String> response = post("vic", """
                {"title": "Viewer's idea", "requestedBudget": {"amount": "10.00", "currency": "EUR"}}""");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(403);
        assertThat(ledger.eventCount()).isEqualTo(before);
    }

    static Stream<Arguments> badProposals() {
        String budget = "\"requestedBudget\": {\"amount\": \"100.00\", \"currency\": \"EUR\"}";
        return Stream.of(
                Arguments.of("{\"title\": \"\", " + budget + "}", "title"),
                Arguments.of("{\"title\": \"   \", " + budget + "}", "title"),
                Arguments.of("{" + budget + "}", "title"),
                Arguments.of("{\"title\": \"" + "x".repeat(201) + "\", " + budget + "}", "title"),
                Arguments.of(
                        "{\"title\": \"T\", \"description\": \"" + "d".repeat(10_001) + "\", " + budget + "}",
                        "description"),
                Arguments.of("{\"title\": \"T\"}", "requestedBudget.amount"),
                Arguments.of(
                        "{\"title\": \"T\", \"requestedBudget\": {\"currency\": \"EUR\"}}", "requestedBudget.amount"),
                Arguments.of(withAmount("\"0\""), "requestedBudget.amount"),
                Arguments.of(withAmount("\"-10.00\""), "requestedBudget.amount"),
                Arguments.of(withAmount("\"abc\""), "requestedBudget.amount"),
                Arguments.of(withAmount("\"10.001\""), "requestedBudget.amount"),
                Arguments.of(withAmount("\"1000000000000.01\""), "requestedBudget.amount"),
                Arguments.of(
                        "{\"title\": \"T\", \"requestedBudget\": {\"amount\": \"10\", \"currency\": \"XYZ\"}}",
                        "requestedBudget.currency"),
                Arguments.of("{\"title\": \"T\", \"requestedBudget\": 17}", "requestedBudget"),
                Arguments.of("{\"title\": \"T\", ", "body"),
                Arguments.of("not json at all", "body"));
    }

    private static String withAmount(String amount) {
        return "{\"title\": \"T\", \"requestedBudget\": {\"amount\": " + amount + ", \"currency\": \"EUR\"}}";
    }

    @ParameterizedTest
    @MethodSource("badProposals")
    void badInputIsA400ProblemNamingTheFieldAndStoresNothing(String body, String field) throws Exception {
        long eventsBefore = ledger.eventCount();
        int projectsBefore =
                json.readTree(get("ida", "/api/projects").getBody()).size();

        ResponseEntity<String> response = post("ida", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(ledger.eventCount()).isEqualTo(eventsBefore);
        assertThat(json.readTree(get("ida", "/api/projects").getBody()).size()).isEqualTo(projectsBefore);
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        JsonNode docs =
                json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody());
        assertThat(docs.get("paths").has("/api/projects")).isTrue();
        assertThat(docs.get("paths").has("/api/projects/{id}")).isTrue();
    }

    private ResponseEntity<String> post(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo")
                .postForEntity("/api/projects", new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }
}
