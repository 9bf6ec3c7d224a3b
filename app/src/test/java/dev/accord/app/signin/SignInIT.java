package dev.accord.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Administrator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in on both doors: a disabled account is refused, failed sign-ins are throttled per account and per client
 * address with 429 and Retry-After, and a password bcrypt cannot hold is refused with that reason. Each test comes
 * from an address of its own (X-Forwarded-For, as behind a proxy), so no other test's address is ever throttled.
 */
@AccordIntegrationTest
class SignInIT {

    private static final int ACCOUNT_FAILURES = 5;
    private static final int ADDRESS_FAILURES = 30;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserDetailsService users;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String username;
    private String address;

    @BeforeEach
    void aPersonOfTheirOwnAtAnAddressOfTheirOwn() {
        username = "tess" + UUID.randomUUID().toString().substring(0, 6);
        address = "10." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        new Administrator(commands, users).adds(username, "welcome-1");
    }

    @Test
    void aDisabledAccountCannotUseTheApi() throws Exception {
        assertThat(api(username, "welcome-1", address).statusCode()).isEqualTo(200);
        new Administrator(commands, users).disables(username);
        HttpResponse<String> refused = api(username, "welcome-1", address);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void afterAFewWrongPasswordsTheAccountIsPausedEvenForTheRightOneAndFromElsewhere() throws Exception {
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertThat(api(username, "wrong-" + i, address).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> paused = api(username, "welcome-1", otherAddress());
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter =
                Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        JsonNode problem = json.readTree(paused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asText()).startsWith("Too many failed sign-ins");

        assertThat(api("vic", "demo", address).statusCode())
                .as("others at that address go on")
                .isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyAccountsIsPaused() throws Exception {
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            assertThat(api("nobody" + UUID.randomUUID(), "guess", address).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> paused = api(username, "welcome-1", address);
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
        assertThat(api(username, "welcome-1", otherAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormIsThrottledTooAndSaysSo() throws Exception {
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertThat(form(username, "wrong-" + i)
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .endsWith("/login?error");
        }
        HttpResponse<String> paused = form(username, "welcome-1");
        assertThat(paused.statusCode()).isEqualTo(302);
        assertThat(paused.headers().firstValue("Location").orElseThrow()).matches(".*/login\\?throttled=\\d+");
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithItsReason() throws Exception {
        String tooLong = "\u00e9".repeat(37); // 37 characters, 74 bytes
        HttpResponse<String> refused = api(username, tooLong, address);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json.readTree(refused.body()).path("detail").asText()).contains("At most 72 bytes");
        assertThat(form(username, tooLong).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?too-long");
    }

    private HttpResponse<String> api(String user, String password, String from)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/projects"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .header("X-Forwarded-For", from)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String user, String password) throws IOException, InterruptedException {
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String otherAddress() {
        return address.replaceFirst("^10\\.", "11.");
    }
}
