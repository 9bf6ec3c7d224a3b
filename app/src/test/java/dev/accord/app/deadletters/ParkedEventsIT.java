package dev.accord.app.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.PoisonedEvents;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event a read model cannot store (here a comment whose text holds a NUL character, as a ledger written before the
 * domain refused it may hold) stops neither that read model for other projects nor the other read models: it is
 * parked with the project's later events, listed for administrators, and given up on with a reason the ledger records;
 * a rebuild then does without it as the live read model did.
 */
@AccordIntegrationTest
class ParkedEventsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http, json);
    }

    @Test
    void aPoisonedEventWaitsAloneWithItsProjectsLaterEventsAndIsGivenUpOnWithAReason() throws Exception {
        String poisoned = propose("Poisoned");
        String healthy = propose("Healthy");
        String poisonId = PoisonedEvents.appendCommentWithNul(api, jdbc, poisoned);

        // The timeline parks the poisoned comment and goes on: another project's comment shows at once.
        comment(healthy, "Still moving");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(timelineSummaries(healthy)).anyMatch(summary -> summary.contains("Still moving")));
        // The project's own later comment waits behind it in that read model only; the project page shows it.
        comment(poisoned, "After the poison");
        assertThat(timelineSummaries(poisoned)).noneMatch(summary -> summary.contains("After the poison"));

        JsonNode parked = parkedIn("timeline", poisoned);
        assertThat(parked).hasSize(2);
        assertThat(parked.get(0).path("eventIdentifier").asText()).isEqualTo(poisonId);
        assertThat(parked.get(0).path("eventType").asText()).isEqualTo("CommentAdded");
        assertThat(parked.get(0).path("error").asText()).containsIgnoringCase("0x00");
        assertThat(parked.get(0).path("globalIndex").asLong()).isPositive();
        assertThat(parked.get(1).path("position").asLong()).isEqualTo(1);

        // Handing it back changes nothing while the cause remains: it fails again and stays parked.
        Answer retried = api.as("ada").post("/api/admin/dead-letters/timeline/sequences/" + poisoned + "/retry", "");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("handled").asInt()).isZero();
        assertThat(parkedIn("timeline", poisoned)).hasSize(2);

        // Members may not touch the queue, on the API or through the command.
        assertThat(api.as("ida").get("/api/admin/dead-letters").status()).isEqualTo(403);

        // Giving up needs a reason; then the ledger records who gave up and why, and what waited goes through.
        String eviction = "/api/admin/dead-letters/timeline/events/" + poisonId + "/eviction";
        assertThat(api.as("ada").post(eviction, "{\"reason\": \" \"}").status()).isEqualTo(400);
        assertThat(api.as("ada")
                        .post(eviction, "{\"reason\": \"Written before NUL was refused\"}")
                        .status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(timelineSummaries(poisoned))
                        .anyMatch(summary -> summary.contains("After the poison")));
        assertThat(parkedIn("timeline", poisoned)).isEmpty();
        List<String> timelineBeforeRebuild = timelineSummaries(poisoned);
        String recorded =
                jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE payload_type LIKE '%.DeadLetterEvicted' AND convert_from(payload, 'UTF8') LIKE ?""").param("%" + poisonId + "%").query(String.class).single();
        assertThat(recorded)
                .contains("Written before NUL was refused")
                .contains("\"userId\":\"ada\"")
                .contains("\"processingGroup\":\"timeline\"");

        // A rebuild does without the evicted event too, instead of failing on it.
        assertThat(api.as("ada").post("/api/admin/rebuild", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.as("ada").get("/api/admin/rebuild").text("state"),
                        state -> state.equals("DONE") || state.equals("FAILED"));
        assertThat(api.as("ada").get("/api/admin/rebuild").text("state")).isEqualTo("DONE");
        assertThat(timelineSummaries(poisoned))
                .anyMatch(summary -> summary.contains("After the poison"))
                .hasSize(timelineBeforeRebuild.size());
    }

    private String propose(String title) {
        Answer proposed =
                api.propose("ida", title + " " + UUID.randomUUID(), "1000.00", FiscalYears.forProposalsOnly());
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.text("id");
    }

    private void comment(String projectId, String text) {
        assertThat(api.as("fay")
                        .post("/api/projects/" + projectId + "/comments", "{\"text\": \"" + text + "\"}")
                        .status())
                .isEqualTo(201);
    }

    private List<String> timelineSummaries(String projectId) {
        JsonNode timeline =
                api.as("vic").get("/api/projects/" + projectId + "/timeline").body();
        return StreamSupport.stream(timeline.spliterator(), false)
                .map(entry -> entry.path("summary").asText())
                .toList();
    }

    private JsonNode parkedIn(String processingGroup, String projectId) {
        Answer list = api.as("ada").get("/api/admin/dead-letters");
        assertThat(list.status()).isEqualTo(200);
        return json.valueToTree(StreamSupport.stream(list.body().spliterator(), false)
                .filter(letter -> letter.path("processingGroup").asText().equals(processingGroup)
                        && letter.path("sequence").asText().equals(projectId))
                .toList());
    }
}
