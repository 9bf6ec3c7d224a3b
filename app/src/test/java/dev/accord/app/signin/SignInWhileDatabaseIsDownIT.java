package dev.accord.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.SecondAccord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While PostgreSQL is down, a correct password is not answered as if it were wrong: the API says 503 with
 * Retry-After, the login page says Accord is unavailable. Accord runs here on a PostgreSQL of the test's own,
 * given as an external database, so the test can stop it.
 */
class SignInWhileDatabaseIsDownIT {

    @TempDir
    Path data;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void correctCredentialsGet503AndTheLoginPageSaysUnavailable() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .start();
        try (SecondAccord accord = new SecondAccord(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                // One role on this server of the test's own, whatever owner role CI gives the other tests.
                "--accord.database.owner.user=",
                // How long a request waits for a connection before giving up (Hikari's default is 30 s).
                "--spring.datasource.hikari.connection-timeout=1000",
                "--accord.admin.user=olga",
                "--accord.admin.password=welcome-olga")) {
            String base =
                    "http://localhost:" + accord.context().getEnvironment().getProperty("local.server.port");
            assertThat(api(base, "welcome-olga").statusCode()).isEqualTo(200);

            postgres.close();

            HttpResponse<String> unavailable = api(base, "welcome-olga");
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
            assertThat(unavailable.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(new ObjectMapper()
                            .readTree(unavailable.body())
                            .path("detail")
                            .asText())
                    .contains("cannot reach its database");

            HttpResponse<Void> form = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=olga&password=welcome-olga"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?unavailable");
        } finally {
            postgres.close();
        }
    }

    private HttpResponse<String> api(String base, String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/projects"))
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(("olga:" + password).getBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
