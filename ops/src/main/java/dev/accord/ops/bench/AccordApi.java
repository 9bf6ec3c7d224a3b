package dev.accord.ops.bench;

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

/** Accord's REST API over HTTP Basic, one keep-alive connection, as a script or an integration would call it. */
final class AccordApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String password;

    AccordApi(int port, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.password = password;
    }

    static ObjectMapper json() {
        return JSON;
    }

    boolean isUp() {
        try {
            return send("GET", "/api/projects", "bench", null).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A project's detail as of an instant; the body is read whole, as a client would. */
    HttpResponse<byte[]> projectAsOf(String user, UUID project, Instant asOf) throws IOException {
        return send("GET", "/api/projects/" + project + "?asOf=" + asOf, user, null);
    }

    HttpResponse<byte[]> project(String user, UUID project) throws IOException {
        return send("GET", "/api/projects/" + project, user, null);
    }

    /** The same request without credentials: the server's answer (401) without any password check. */
    HttpResponse<byte[]> anonymous(String path) throws IOException {
        return send("GET", path, null, null);
    }

    JsonNode post(String user, String path, ObjectNode body) throws IOException {
        return expect(send("POST", path, user, body), 200, 201, 202);
    }

    JsonNode get(String user, String path) throws IOException {
        return expect(send("GET", path, user, null), 200);
    }

    static JsonNode expect(HttpResponse<byte[]> response, int... accepted) throws IOException {
        for (int status : accepted) {
            if (response.statusCode() == status) {
                byte[] body = response.body();
                return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            }
        }
        throw new IOException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> send(String method, String path, String user, ObjectNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
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
