package dev.accord.app.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.browser.Browser;
import dev.accord.app.support.AccordIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A company that signs everyone in through its identity provider: Accord's own accounts are turned off, so no
 * password opens anything (login form, HTTP Basic on the API and the actuator), and people the identity provider
 * knows but Accord's groups do not are refused (accord.oidc.unknown-users=refuse).
 */
@AccordIntegrationTest
// Stopped after its tests: a context left in Spring's cache would go on polling, sending and retrying beside the
// shared one for the rest of the run.
@DirtiesContext
class LocalAccountsOffIT {

    @DynamicPropertySource
    static void identityProviderOnly(DynamicPropertyRegistry properties) {
        CompanyIdentityProvider.connect(properties, false, "refuse");
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noPasswordSignsInOnTheFormOrByHttpBasic() throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        .header("X-Forwarded-For", "192.0.2.181")
                        .POST(HttpRequest.BodyPublishers.ofString("username=fay&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?local-accounts-off"));

        for (String path : List.of("/api/projects", "/actuator/prometheus")) {
            HttpResponse<String> basic = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header(
                                    "Authorization",
                                    "Basic " + Base64.getEncoder().encodeToString("ada:demo".getBytes()))
                            .header("X-Forwarded-For", "192.0.2.182")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(basic.statusCode()).isEqualTo(401);
            assertThat(basic.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(json.readTree(basic.body()).get("detail").asText())
                    .contains("Accord's own accounts are turned off");
        }
    }

    @Test
    void theIdentityProvidersPeopleStillComeInAndStrangersAreRefused() throws Exception {
        String olga = IdentityProviderTokensIT.person("olga");
        assertThat(api(CompanyIdentityProvider.accessToken(
                                olga, Map.of("preferred_username", olga, "groups", List.of("accord-finance"))))
                        .statusCode())
                .isEqualTo(200);

        String stranger = IdentityProviderTokensIT.person("stranger");
        HttpResponse<String> refused = api(CompanyIdentityProvider.accessToken(
                stranger, Map.of("preferred_username", stranger, "groups", List.of("canteen"))));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("detail").asText())
                .contains("in none of the identity provider's groups that Accord knows");

        String both = IdentityProviderTokensIT.person("both");
        HttpResponse<String> twoSides = api(CompanyIdentityProvider.accessToken(
                both, Map.of("preferred_username", both, "groups", List.of("accord-finance", "accord-it"))));
        assertThat(twoSides.statusCode()).isEqualTo(403);
        assertThat(json.readTree(twoSides.body()).get("detail").asText()).contains("both Finance's and IT's");
    }

    @Test
    void theLoginPageOffersOnlyTheIdentityProvider() throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.waitFor(By.id("sign-in-with-identity-provider"));
            assertThat(browser.deepText()).contains("Sign in with Company ID");
            assertThat(browser.isShown(By.cssSelector("input[name=username]"))).isFalse();
        }
    }

    private HttpResponse<String> api(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/projects"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
