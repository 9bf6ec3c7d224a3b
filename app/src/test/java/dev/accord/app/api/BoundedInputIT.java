package dev.accord.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.FiscalYears;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API reads bounded input only: bodies up to 1 MiB (413 beyond, whether the length is declared or not),
 * amounts of at most 32 characters, JSON nested at most 32 deep; each refusal an RFC 7807 problem, nothing stored.
 * And its paths are its own: an unknown one is a 404 problem, not the application's HTML page.
 */
@AccordIntegrationTest
class BoundedInputIT {

    private static final int ONE_AND_A_HALF_MIB = 3 * 512 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> declared =
                post("/api/projects", HttpRequest.BodyPublishers.ofString(" ".repeat(ONE_AND_A_HALF_MIB) + "{}"));
        assertProblem(declared, 413);
        assertThat(json.readTree(declared.body()).path("detail").asText()).contains("1024 KB");

        // Sent in chunks, without a length: cut off once it passes the limit.
        byte[] chunked = (" ".repeat(ONE_AND_A_HALF_MIB) + "{}").getBytes(StandardCharsets.UTF_8);
        assertProblem(
                post(
                        "/api/projects",
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))),
                413);
    }

    @Test
    void anAmountOfAMillionDigitsIsRefusedNamingTheField() throws Exception {
        String title = "Digits " + UUID.randomUUID();
        HttpResponse<String> refused = propose(title, "9".repeat(1_000_000));
        assertProblem(refused, 400);
        assertThat(json.readTree(refused.body()).path("field").asText()).isEqualTo("requestedBudget.amount");

        HttpResponse<String> longish = propose(title, "1".repeat(40) + ".00");
        assertProblem(longish, 400);
        JsonNode problem = json.readTree(longish.body());
        assertThat(problem.path("field").asText()).isEqualTo("requestedBudget.amount");
        assertThat(problem.path("detail").asText()).contains("at most 32 characters");

        assertThat(jdbc.sql("SELECT count(*) FROM project_summary WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void jsonNestedDeeperThanTheApiReadsIsRefused() throws Exception {
        String deep = "[".repeat(100) + "]".repeat(100);
        HttpResponse<String> refused = post(
                "/api/projects", HttpRequest.BodyPublishers.ofString("{\"title\": \"Deep\", \"extra\": " + deep + "}"));
        assertProblem(refused, 400);
        assertThat(json.readTree(refused.body()).path("detail").asText()).contains("nesting depth");
    }

    @Test
    void anUnknownApiPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> unknown =
                http.send(signedIn("/api/no-such-thing").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(unknown, 404);
        assertThat(unknown.body()).doesNotContain("<html");
    }

    @Test
    void askingForAFormThePathDoesNotGiveIsANotAcceptableProblem() throws Exception {
        // The public key is text only; a client that takes nothing but problems (as generated clients ask) is told why.
        HttpResponse<String> refused = http.send(
                signedIn("/api/integrity/public-key")
                        .header("Accept", "application/problem+json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(refused, 406);
        assertThat(json.readTree(refused.body()).path("detail").asText()).contains("text/plain");
    }

    private HttpResponse<String> propose(String title, String amount) throws IOException, InterruptedException {
        return post(
                "/api/projects",
                HttpRequest.BodyPublishers.ofString(json.createObjectNode()
                        .put("title", title)
                        .put("fiscalYear", FiscalYears.withoutBudget())
                        .set(
                                "requestedBudget",
                                json.createObjectNode().put("amount", amount).put("currency", "EUR"))
                        .toString()));
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(
                signedIn(path)
                        .header("Content-Type", "application/json")
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder signedIn(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ida:demo".getBytes()));
    }

    private void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(status);
    }
}
