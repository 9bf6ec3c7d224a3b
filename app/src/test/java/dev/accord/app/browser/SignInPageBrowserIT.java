package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login page says why a sign-in was refused when it was not simply a wrong password. */
@AccordIntegrationTest
class SignInPageBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aPausedAccountIsToldWhenToTryAgain() throws Exception {
        String guessed = "nobody" + UUID.randomUUID().toString().substring(0, 6);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) {
            // Someone elsewhere (X-Forwarded-For) guesses this account's password.
            http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/projects"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + java.util.Base64.getEncoder()
                                                    .encodeToString((guessed + ":guess-" + i).getBytes()))
                            .header("X-Forwarded-For", "192.0.2.77")
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signInAsExpectingFailure(guessed, "welcome-1");
            assertThat(browser.currentUrl()).contains("/login?throttled=");
            browser.waitForPageText("Too many failed sign-ins");
            assertThat(browser.deepText()).containsPattern("try again in \\d+ seconds");
        }
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsExplained() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signInAsExpectingFailure("vic", "x".repeat(80));
            assertThat(browser.currentUrl()).endsWith("/login?too-long");
            browser.waitForPageText("Password too long");
            assertThat(browser.deepText()).contains("At most 72 bytes");
        }
    }
}
