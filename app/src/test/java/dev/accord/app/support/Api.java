package dev.accord.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST API as one signed-in demo user calls it. Bodies are JSON text; answers are read as JSON trees. */
public final class Api {

    private final TestRestTemplate http;
    private final ObjectMapper json;

    public Api(TestRestTemplate http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /** Proposes a project as this user, in a fiscal year of the test's own. */
    public Answer propose(String user, String title, String amount, int fiscalYear) {
        return as(user).post("/api/projects", """
                {"title": "%s", "requestedBudget": {"amount": "%s", "currency": "EUR"}, "fiscalYear": %d}""".formatted(title, amount, fiscalYear));
    }

    public Call as(String user) {
        return new Call(user);
    }

    public final class Call {
        private final String user;

        Call(String user) {
            this.user = user;
        }

        public Answer get(String path) {
            return send(HttpMethod.GET, path, null);
        }

        public Answer post(String path, String body) {
            return send(HttpMethod.POST, path, body);
        }

        public Answer put(String path, String body) {
            return send(HttpMethod.PUT, path, body);
        }

        public Answer delete(String path) {
            return send(HttpMethod.DELETE, path, null);
        }

        private Answer send(HttpMethod method, String path, String body) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                    .exchange(path, method, new HttpEntity<>(body, headers), String.class);
            return new Answer(response.getStatusCode().value(), read(response.getBody()), response.getHeaders());
        }
    }

    /** A status, a JSON body (a missing node when there was none) and the response's headers. */
    public record Answer(int status, JsonNode body, HttpHeaders headers) {

        public Answer(int status, JsonNode body) {
            this(status, body, HttpHeaders.EMPTY);
        }

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
