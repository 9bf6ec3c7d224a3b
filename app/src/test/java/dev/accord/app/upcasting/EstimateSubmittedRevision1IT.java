package dev.accord.app.upcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An estimate stored as revision 1, the way the ledger held them before the event gained its total: written
 * straight into domain_event_entry for a real project, then read by every reader of the event store.
 */
@AccordIntegrationTest
class EstimateSubmittedRevision1IT {

    /** The payload's project, replaced by the test's own. */
    private static final String STORED_PROJECT = "0d7f4c2e-8a1b-4f3e-9c6d-2b5a7e9f1c34";

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
    void theProjectPageAndTheHistoryShowTheTotalOfAnEstimateStoredAsRevision1() throws IOException {
        String id = propose();
        appendAsRevision1(id, "EstimateSubmitted-revision-1-cents.json");

        // The tracking processors read the new row through the upcaster: 12,345,678.90 + 3 x 250,000.05.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                api.as("vic").get("/api/projects/" + id).body().path("estimates"))
                        .hasSize(1));
        JsonNode estimate =
                api.as("vic").get("/api/projects/" + id).body().get("estimates").get(0);
        assertThat(estimate.get("totalCost").get("amount").decimalValue()).isEqualByComparingTo("13095679.05");
        assertThat(estimate.get("oneTimeCost").get("amount").decimalValue()).isEqualByComparingTo("12345678.90");

        // As-of history folds the stream it reads from the event store, through the same chain.
        JsonNode asOfNow = api.as("vic")
                .get("/api/projects/" + id + "?asOf=" + Instant.now())
                .body();
        assertThat(asOfNow.get("estimates")
                        .get(0)
                        .get("totalCost")
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("13095679.05");
    }

    @Test
    void theProjectLoadsWithAnEstimateStoredAsRevision1AndGoesOnFromIt() throws IOException {
        String id = propose();
        appendAsRevision1(id, "EstimateSubmitted-revision-1-cents.json");

        // The ROI case is computed from the latest estimate the aggregate holds: the one stored as revision 1.
        Answer roi = api.as("ida").post("/api/projects/" + id + "/roi", """
                {"benefits": [{"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %",
                               "yearlyAmount": {"amount": "5000000.00", "currency": "EUR"}}]}""");
        assertThat(roi.status()).isEqualTo(201);
        String recorded = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%.RoiCaseRecorded'""").param(id).query(String.class).single();
        // The cost basis carries the stored figures to the cent: no double on the way through the JSON tree.
        assertThat(recorded)
                .contains("\"estimateVersion\":1,\"oneTimeCost\":{\"amount\":12345678.90,"
                        + "\"currency\":\"EUR\"},\"recurringYearlyCost\":{\"amount\":250000.05,");

        // The next estimate follows the stored one, and revision 2 totals it in the aggregate.
        assertThat(api.as("fay").post("/api/projects/" + id + "/estimates", """
                {"oneTimeCost": {"amount": "100000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "20000.00", "currency": "EUR"}, "horizonYears": 4,
                 "low": {"amount": "90000.00", "currency": "EUR"}, "high": {"amount": "120000.00", "currency": "EUR"}}
                """).status())
                .isEqualTo(201);
        JsonNode estimates = api.as("vic").get("/api/projects/" + id).body().get("estimates");
        assertThat(estimates).hasSize(2);
        assertThat(estimates.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(estimates.get(1).get("totalCost").get("amount").decimalValue())
                .isEqualByComparingTo("180000.00");
        assertThat(api.as("vic")
                        .get("/api/projects/" + id)
                        .body()
                        .get("roiCase")
                        .get("estimateVersion")
                        .asInt())
                .isEqualTo(1);
    }

    private String propose() {
        Answer proposed =
                api.propose("ida", "Seat licences " + UUID.randomUUID(), "200000.00", FiscalYears.forProposalsOnly());
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.text("id");
    }

    /**
     * Appends the stored payload as the project's next event, as the JDBC storage engine wrote revision 1: the
     * aggregate's next sequence number, its type, the payload type and revision, JSON bytes. The database gives
     * the global index.
     */
    private void appendAsRevision1(String projectId, String payloadResource) throws IOException {
        long next = jdbc.sql("SELECT max(sequence_number) + 1 FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(projectId)
                .query(Long.class)
                .single();
        String payload = resource(payloadResource).replace(STORED_PROJECT, projectId);
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Project', ?, ?, '1', ?, ?)""")
                .params(
                        UUID.randomUUID().toString(),
                        projectId,
                        next,
                        Instant.now().toString(),
                        EstimateSubmitted1to2Upcaster.TYPE,
                        payload.getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8))
                .update();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EstimateSubmittedRevision1IT.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
