package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.integrity.api.ApprovalCoverage;
import dev.accord.domain.integrity.api.AuditorsKey;
import dev.accord.domain.integrity.api.FindApprovalCoverage;
import dev.accord.domain.integrity.api.FindAuditorsKey;
import dev.accord.domain.integrity.api.FindInclusionProof;
import dev.accord.domain.integrity.api.InclusionProof;
import dev.accord.domain.integrity.api.SignedCheckpoint;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the browser shows of the provable history, asked through the query bus as the ui asks it: a step's proof is
 * the one an auditor gets from the API and checks against the signed checkpoint, and each approval names the first
 * checkpoint that covers it.
 */
@AccordIntegrationTest
class ProofsForPeopleIT {

    @Autowired
    QueryGateway queries;

    @Autowired
    Checkpoints checkpoints;

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
    void aStepsProofIsTheAuditorsProofAndVerifiesAgainstTheSignedCheckpoint() {
        Answer proposed = api.propose("ida", "Provable in the browser", "1000.00", FiscalYears.withoutBudget());
        UUID projectId = UUID.fromString(proposed.text("id"));
        Checkpoint signed = checkpoints.signNow().orElseThrow();

        InclusionProof proof = proofOf(projectId, 0).orElseThrow();

        assertThat(proof.verdict()).isEqualTo(InclusionProof.Verdict.VERIFIED);
        assertThat(proof.checkpoint().treeSize()).isEqualTo(signed.treeSize());
        assertThat(proof.checkpoint().rootHash()).isEqualTo(signed.rootHashBase64());
        assertThat(proof.checkpoint().signedBy())
                .isEqualTo(checkpoints.verifierKey().name());
        assertThat(proof.checkpoint().number()).isEqualTo(checkpointsSigned());
        JsonNode auditors = api.as("vic")
                .get("/api/integrity/inclusion?globalIndex=" + proof.globalIndex())
                .body();
        assertThat(proof.leafIndex()).isEqualTo(auditors.path("leafIndex").asLong());
        assertThat(proof.leafHash()).isEqualTo(auditors.path("leafHash").asText());
        assertThat(proof.auditPath()).isEqualTo(json.convertValue(auditors.path("proof"), List.class));
        assertThat(MerkleProofs.verifyInclusion(
                        proof.leafIndex(),
                        signed.treeSize(),
                        decoded(proof.leafHash()),
                        proof.auditPath().stream()
                                .map(ProofsForPeopleIT::decoded)
                                .toList(),
                        signed.rootHash()))
                .isTrue();
    }

    @Test
    void aStepThatDoesNotExistHasNoProof() {
        assertThat(proofOf(UUID.randomUUID(), 0)).isEmpty();
    }

    @Test
    void eachApprovalNamesTheFirstCheckpointThatCoversIt() {
        Answer proposed = api.propose("ida", "Approved under two checkpoints", "1000.00", FiscalYears.withoutBudget());
        UUID projectId = UUID.fromString(proposed.text("id"));
        UUID changeId = UUID.fromString(proposed.text("changeId"));
        approve("fay", projectId, changeId);
        // Each checkpoint is the first to cover the approval just given (signNow answers with the one that does,
        // whether it signs it or the scheduled signer just did).
        Checkpoint coversFay = checkpoints.signNow().orElseThrow();
        approve("ivo", projectId, changeId);
        Checkpoint coversIvo = checkpoints.signNow().orElseThrow();
        long decided = lastSequence(projectId);

        List<ApprovalCoverage> coverage = coverageOf(projectId, changeId, decided);

        assertThat(coverage).extracting(ApprovalCoverage::approverId).containsExactly("fay", "ivo");
        assertThat(coverage)
                .extracting(ApprovalCoverage::checkpoint)
                .extracting(SignedCheckpoint::treeSize)
                .containsExactly(coversFay.treeSize(), coversIvo.treeSize());
        assertThat(coverage.get(1).checkpoint().number())
                .isEqualTo(coverage.get(0).checkpoint().number() + 1);
        assertThat(coverage.get(1).checkpoint().signedAt()).isEqualTo(coversIvo.signedAt());
        assertThat(coverageOf(projectId, changeId, coverage.get(0).sequence()))
                .as("the context of Fay's approval knows nothing of Ivo's")
                .hasSize(1);
        assertThat(coverageOf(projectId, UUID.randomUUID(), decided))
                .as("another change's approvals")
                .isEmpty();
    }

    @Test
    void theAuditorsKeyIsTheOneTheApiPublishes() {
        api.propose("ida", "Keyed", "1000.00", FiscalYears.withoutBudget());
        checkpoints.signNow();

        AuditorsKey key = queries.query(new FindAuditorsKey(), ResponseTypes.instanceOf(AuditorsKey.class))
                .join();

        assertThat(key.verifierKey())
                .isEqualTo(http.withBasicAuth("vic", "demo")
                        .getForObject("/api/integrity/public-key", String.class)
                        .strip());
        assertThat(Checkpoint.verified(key.checkpointNote(), VerifierKey.parse(key.verifierKey()), null))
                .isPresent();
    }

    private Optional<InclusionProof> proofOf(UUID projectId, long sequence) {
        return queries.query(
                        new FindInclusionProof(projectId, sequence),
                        ResponseTypes.optionalInstanceOf(InclusionProof.class))
                .join();
    }

    private List<ApprovalCoverage> coverageOf(UUID projectId, UUID changeId, long upTo) {
        return queries.query(
                        new FindApprovalCoverage(projectId, changeId, upTo),
                        ResponseTypes.multipleInstancesOf(ApprovalCoverage.class))
                .join();
    }

    private void approve(String approver, UUID projectId, UUID changeId) {
        assertThat(api.as(approver)
                        .post("/api/projects/" + projectId + "/changes/" + changeId + "/approvals", "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
    }

    private long lastSequence(UUID projectId) {
        return jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(projectId.toString())
                .query(Long.class)
                .single();
    }

    private long checkpointsSigned() {
        return jdbc.sql("SELECT count(*) FROM integrity_checkpoint")
                .query(Long.class)
                .single();
    }

    private static byte[] decoded(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
