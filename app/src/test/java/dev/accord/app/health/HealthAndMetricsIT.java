package dev.accord.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What a load balancer, Kubernetes and Prometheus may ask: liveness and readiness without sign-in, health details
 * and metrics for administrators only, and nothing else of the actuator.
 */
@AccordIntegrationTest
class HealthAndMetricsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void probesAnswerWithoutSignInAndShowNoDetails() throws IOException {
        ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);
        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);

        assertThat(liveness.getStatusCode().value()).isEqualTo(200);
        assertThat(readiness.getStatusCode().value()).isEqualTo(200);
        JsonNode ready = json.readTree(readiness.getBody());
        assertThat(ready.path("status").asText()).isEqualTo("UP");
        assertThat(ready.has("components")).as("details for anonymous").isFalse();
        assertThat(http.getForEntity("/actuator/health/readiness", String.class)
                        .getHeaders()
                        .get("Set-Cookie"))
                .as("a probe leaves no session")
                .isNull();
    }

    @Test
    void readinessDetailsCoverTheDatabaseAndEachProjectionForAnAdministrator() throws IOException {
        ResponseEntity<String> readiness =
                http.withBasicAuth("ada", "demo").getForEntity("/actuator/health/readiness", String.class);

        JsonNode components = json.readTree(readiness.getBody()).path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        JsonNode projections = components.path("projections");
        assertThat(projections.path("status").asText()).isEqualTo("UP");
        assertThat(projections.path("details").path("timeline").has("lagEvents"))
                .isTrue();
        assertThat(projections.path("details").path("timeline").has("parkedEvents"))
                .isTrue();
    }

    @Test
    void healthDetailsAndMetricsAreForAdministratorsOnly() {
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus"}) {
            assertThat(http.getForEntity(path, String.class).getStatusCode().value())
                    .as("anonymous " + path)
                    .isEqualTo(401);
            assertThat(http.withBasicAuth("ida", "demo")
                            .getForEntity(path, String.class)
                            .getStatusCode()
                            .value())
                    .as("member " + path)
                    .isEqualTo(403);
            assertThat(http.withBasicAuth("ada", "demo")
                            .getForEntity(path, String.class)
                            .getStatusCode()
                            .value())
                    .as("administrator " + path)
                    .isEqualTo(200);
        }
    }

    @Test
    void prometheusShowsCommandTimesAndProjectionLag() {
        new Api(http, json).propose("ida", "Measured", "1000.00", FiscalYears.forProposalsOnly());

        String metrics = http.withBasicAuth("ada", "demo").getForObject("/actuator/prometheus", String.class);

        assertThat(metrics)
                .contains("accord_commands_seconds_count{command=\"ProposeProject\",exception=\"none\","
                        + "outcome=\"success\"}")
                .contains("accord_projection_lag_events{group=\"timeline\"}")
                .contains("accord_projection_lag_seconds{group=\"timeline\"}")
                .contains("accord_dead_letters_parked{group=\"timeline\"}")
                .contains("accord_sessions_signed_in")
                .contains("accord_rebuild_running");
    }

    @Test
    void nothingElseOfTheActuatorIsExposed() {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
            assertThat(http.withBasicAuth("ada", "demo")
                            .getForEntity(path, String.class)
                            .getStatusCode()
                            .value())
                    .as(path)
                    .isEqualTo(404);
        }
    }
}
