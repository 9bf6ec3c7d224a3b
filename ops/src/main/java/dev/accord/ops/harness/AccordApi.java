package dev.accord.ops.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Accord's REST API over HTTP Basic, as a script or an integration would call it. Every member made by a harness
 * shares one password. Safe for concurrent use: the client keeps a keep-alive connection per request in flight.
 */
public final class AccordApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    /** One request's answer and how long it took from sending to the last byte of the body. */
    public record Answer(int status, byte[] body, Duration took) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException notJson) {
                return JSON.createObjectNode().put("unreadable", text());
            }
        }

        /** The body as text, cut to a length that fits in a report. */
        public String text() {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String password;

    public AccordApi(int port, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.password = password;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** Whether the API answers this user (200 on the projects list): start-up is over and the database is there. */
    public boolean isUp(String user) {
        try {
            return call("GET", "/api/projects", user, null, Duration.ofSeconds(10))
                            .status()
                    == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A project's detail as of an instant; the body is read whole, as a client would. */
    public HttpResponse<byte[]> projectAsOf(String user, UUID project, Instant asOf) throws IOException {
        return send("GET", "/api/projects/" + project + "?asOf=" + asOf, user, null, DEFAULT_TIMEOUT);
    }

    public HttpResponse<byte[]> project(String user, UUID project) throws IOException {
        return send("GET", "/api/projects/" + project, user, null, DEFAULT_TIMEOUT);
    }

    /** The same request without credentials: the server's answer (401) without any password check. */
    public HttpResponse<byte[]> anonymous(String path) throws IOException {
        return send("GET", path, null, null, DEFAULT_TIMEOUT);
    }

    public JsonNode post(String user, String path, ObjectNode body) throws IOException {
        return expect(send("POST", path, user, body, DEFAULT_TIMEOUT), 200, 201, 202);
    }

    public JsonNode get(String user, String path) throws IOException {
        return expect(send("GET", path, user, null, DEFAULT_TIMEOUT), 200);
    }

    /**
     * Any request, whatever its answer: the status is the caller's to judge. Throws only when there is no answer:
     * {@link java.net.ConnectException} when nothing listens (the request was never sent),
     * {@link java.net.http.HttpTimeoutException} after the timeout, another IOException when the connection broke.
     */
    public Answer call(String method, String path, String user, ObjectNode body, Duration timeout) throws IOException {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = send(method, path, user, body, timeout);
        return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
    }

    public static JsonNode expect(HttpResponse<byte[]> response, int... accepted) throws IOException {
        for (int status : accepted) {
            if (response.statusCode() == status) {
                byte[] body = response.body();
                return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            }
        }
        throw new IOException(
                response.request().method() + " " + response.request().uri() + " answered " + response.statusCode()
                        + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> send(String method, String path, String user, ObjectNode body, Duration timeout)
            throws IOException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Accept", "application/json");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", interrupted);
        }
    }
}
