package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an auditor asks of a running ledger: its key, its signed checkpoint, proofs that an event is in the signed tree
 * and that a later tree extends an earlier one, all checked here the way an RFC 9162 client checks them.
 */
@AccordIntegrationTest
class IntegrityApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Checkpoints checkpoints;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http, json);
    }

    @Test
    void anEventIsProvablyInTheSignedTreeAndTheTreeOnlyEverGrows() {
        Answer proposed = api.propose("ida", "Provable", "1000.00", FiscalYears.forProposalsOnly());
        long globalIndex = jdbc.sql(
                        "SELECT max(global_index) FROM domain_event_entry " + "WHERE aggregate_identifier = ?")
                .param(proposed.text("id"))
                .query(Long.class)
                .single();
        Checkpoint first = checkpoints.signNow().orElseThrow();

        VerifierKey key = VerifierKey.parse(text("/api/integrity/public-key"));
        Checkpoint signed = Checkpoint.verified(text("/api/integrity/checkpoint"), key, null)
                .orElseThrow();
        assertThat(signed.treeSize()).isEqualTo(first.treeSize());

        JsonNode inclusion = api.as("ida")
                .get("/api/integrity/inclusion?globalIndex=" + globalIndex)
                .body();
        assertThat(inclusion.path("treeSize").asLong()).isEqualTo(signed.treeSize());
        assertThat(bytes(inclusion.path("rootHash"))).isEqualTo(signed.rootHash());
        assertThat(MerkleProofs.verifyInclusion(
                        inclusion.path("leafIndex").asLong(),
                        signed.treeSize(),
                        bytes(inclusion.path("leafHash")),
                        hashes(inclusion.path("proof")),
                        signed.rootHash()))
                .isTrue();
        // The leaf is the hash of the event's canonical bytes, recomputed here from its row.
        CanonicalEvent event = jdbc.sql(
                        "SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry " + "WHERE global_index = ?")
                .param(globalIndex)
                .query((row, n) -> CanonicalEvent.read(row, 1))
                .single();
        assertThat(bytes(inclusion.path("leafHash"))).isEqualTo(event.leafHash());

        api.as("ida").post("/api/projects/" + proposed.text("id") + "/comments", "{\"text\": \"Later\"}");
        Checkpoint second = checkpoints.signNow().orElseThrow();
        assertThat(second.treeSize()).isGreaterThan(first.treeSize());
        JsonNode consistency = api.as("ida")
                .get("/api/integrity/consistency?from=" + first.treeSize() + "&to=" + second.treeSize())
                .body();
        assertThat(MerkleProofs.verifyConsistency(
                        first.treeSize(),
                        second.treeSize(),
                        hashes(consistency.path("proof")),
                        first.rootHash(),
                        second.rootHash()))
                .isTrue();
    }

    @Test
    void aFullVerificationRecomputesEveryEventAndEndsVerified() {
        api.propose("ida", "Verified", "10.00", FiscalYears.forProposalsOnly());
        checkpoints.signNow();
        assertThat(api.as("ida").post("/api/integrity/verification", "").status())
                .isEqualTo(403);
        assertThat(api.as("ada").post("/api/integrity/verification", "").status())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = api.as("ida").get("/api/integrity").body();
            assertThat(status.path("state").asText()).isEqualTo("VERIFIED");
            assertThat(status.path("verifiedEvents").asLong())
                    .isGreaterThanOrEqualTo(
                            status.path("checkpoint").path("treeSize").asLong());
            assertThat(status.path("firstFailure").isNull()).isTrue();
        });
    }

    @Test
    void proofsOutsideTheLogAreRefusedWithAProblem() {
        assertThat(api.as("ida")
                        .get("/api/integrity/inclusion?globalIndex=999999999")
                        .status())
                .isEqualTo(404);
        Answer tooBig = api.as("ida").get("/api/integrity/consistency?from=1&to=999999999");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.text("field")).isEqualTo("to");
        assertThat(api.as("ida").get("/api/integrity/consistency?from=0&to=1").status())
                .isEqualTo(400);
    }

    private String text(String path) {
        ResponseEntity<String> response = http.withBasicAuth("ida", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static byte[] bytes(JsonNode base64) {
        return Base64.getDecoder().decode(base64.asText());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(bytes(hash)));
        return hashes;
    }
}
