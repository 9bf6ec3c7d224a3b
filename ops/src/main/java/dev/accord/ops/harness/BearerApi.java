package dev.accord.ops.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One node's API as an integration calls it with its own API token ("Authorization: Bearer …"): no password check
 * per request. Every node's client shares one {@link HttpClient}, which keeps a keep-alive connection for each
 * request in flight, so 64 clients hold 64 connections.
 */
public final class BearerApi {

    private final HttpClient http;
    private final String base;
    private final int node;

    public BearerApi(HttpClient http, int port, int node) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
        this.node = node;
    }

    public static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Which node this is, counted from 1 as the report names them. */
    public int node() {
        return node;
    }

    /**
     * A POST whatever its answer; the caller judges the status. Throws only when no answer came: {@link
     * java.net.http.HttpTimeoutException} after the timeout, another IOException when the connection broke.
     */
    public AccordApi.Answer post(String token, String path, ObjectNode body, Duration timeout) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(AccordApi.json().writeValueAsBytes(body)))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new AccordApi.Answer(
                    response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", interrupted);
        }
    }

    /** A POST that must succeed (seeding): its JSON answer, or an exception naming the status and problem. */
    public JsonNode expect(String token, String path, ObjectNode body, Duration timeout) throws IOException {
        AccordApi.Answer answer = post(token, path, body, timeout);
        if (!answer.ok()) {
            throw new IOException(
                    "POST " + path + " on node " + node + " answered " + answer.status() + ": " + answer.text());
        }
        return answer.json();
    }
}
