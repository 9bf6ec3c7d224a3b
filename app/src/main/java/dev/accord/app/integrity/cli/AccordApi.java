package dev.accord.app.integrity.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.domain.integrity.api.IntegrityStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/** The integrity API of a running Accord, as an administrator calls it with HTTP Basic. */
final class AccordApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String base;
    private final String user;
    private final Supplier<String> password;
    private String credentials;

    AccordApi(String url, String user, Supplier<String> password) {
        this.base = url.replaceAll("/+$", "");
        this.user = user;
        this.password = password;
    }

    void startVerification() {
        HttpResponse<String> answer = send("/api/integrity/verification", HttpRequest.BodyPublishers.noBody(), "POST");
        if (answer.statusCode() != 202) {
            throw new VerificationRefused(problem(answer));
        }
    }

    IntegrityStatus status() {
        return read(ok(send("/api/integrity", null, "GET")), IntegrityStatus.class);
    }

    String text(String path) {
        return ok(send(path, null, "GET"));
    }

    List<String> consistencyProof(long from, long to) {
        JsonNode proof = read(
                        ok(send("/api/integrity/consistency?from=" + from + "&to=" + to, null, "GET")), JsonNode.class)
                .path("proof");
        List<String> hashes = new ArrayList<>();
        proof.forEach(hash -> hashes.add(hash.asText()));
        return hashes;
    }

    private String ok(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new VerificationRefused(problem(answer));
        }
        return answer.body();
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new VerificationRefused("unreadable answer from " + base + ": " + body);
        }
    }

    private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body, String method) {
        URI uri = URI.create(base + path);
        if (credentials == null) {
            credentials =
                    Base64.getEncoder().encodeToString((user + ":" + password.get()).getBytes(StandardCharsets.UTF_8));
        }
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(uri)
                            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body)
                            .header("Authorization", "Basic " + credentials)
                            .header("Accept", "application/json, text/plain")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new VerificationRefused("cannot reach Accord at " + uri + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VerificationRefused("interrupted");
        }
    }

    private static String problem(HttpResponse<String> answer) {
        String status = answer.statusCode() == 401
                ? "401 the user name or password was refused"
                : answer.statusCode() == 403
                        ? "403 only an administrator may start a verification"
                        : String.valueOf(answer.statusCode());
        try {
            String detail = JSON.readTree(answer.body()).path("detail").asText("");
            return status + (detail.isEmpty() ? "" : ": " + detail);
        } catch (IOException e) {
            return status;
        }
    }
}
