package dev.accord.app.integrity;

import dev.accord.domain.integrity.api.AuditorsKey;
import dev.accord.domain.integrity.api.FindAuditorsKey;
import dev.accord.domain.integrity.api.FindInclusionProof;
import dev.accord.domain.integrity.api.InclusionProof;
import dev.accord.domain.integrity.api.InclusionProof.Verdict;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proves a project's step to the people looking at it: the event as stored now, hashed again here, led by its audit
 * path to the root of the latest checkpoint, and that root checked against the checkpoint's signature. Nothing the
 * database says about the tree is taken on trust but the path, which the signed root then judges.
 */
@Component
class InclusionProofs {

    private final JdbcClient jdbc;
    private final IntegrityLog log;
    private final Checkpoints checkpoints;
    private final CheckpointCoverage coverage;

    InclusionProofs(JdbcClient jdbc, IntegrityLog log, Checkpoints checkpoints, CheckpointCoverage coverage) {
        this.jdbc = jdbc;
        this.log = log;
        this.checkpoints = checkpoints;
        this.coverage = coverage;
    }

    @QueryHandler
    Optional<InclusionProof> handle(FindInclusionProof query) {
        return jdbc.sql("SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(query.projectId().toString(), query.sequence())
                .query((row, n) -> CanonicalEvent.read(row, 1))
                .optional()
                .map(this::prove);
    }

    @QueryHandler
    AuditorsKey handle(FindAuditorsKey query) {
        return new AuditorsKey(
                checkpoints.verifierKey().toString(),
                log.latestCheckpoint().map(Checkpoint::note).orElse(null));
    }

    private InclusionProof prove(CanonicalEvent event) {
        String leafHash = base64(event.leafHash());
        Optional<IntegrityLog.Leaf> leaf = log.leafOf(event.globalIndex());
        Optional<Checkpoint> latest = log.latestCheckpoint();
        if (leaf.isEmpty()) {
            // In the table but never logged: inserted behind the trigger's back.
            return new InclusionProof(
                    event.globalIndex(),
                    null,
                    leafHash,
                    latest.map(coverage::describe).orElse(null),
                    List.of(),
                    Verdict.DOES_NOT_VERIFY);
        }
        long leafIndex = leaf.get().leafIndex();
        if (latest.isEmpty() || latest.get().treeSize() <= leafIndex) {
            return new InclusionProof(
                    event.globalIndex(),
                    leafIndex,
                    leafHash,
                    latest.map(coverage::describe).orElse(null),
                    List.of(),
                    Verdict.NOT_YET_COVERED);
        }
        Checkpoint stored = latest.get();
        List<byte[]> path = log.withTree(tree -> tree.inclusionProof(leafIndex, stored.treeSize()));
        boolean verified = Checkpoint.verified(stored.note(), checkpoints.verifierKey(), stored.signedAt())
                .filter(signed -> MerkleProofs.verifyInclusion(
                        leafIndex, signed.treeSize(), event.leafHash(), path, signed.rootHash()))
                .isPresent();
        return new InclusionProof(
                event.globalIndex(),
                leafIndex,
                leafHash,
                coverage.describe(stored),
                path.stream().map(InclusionProofs::base64).toList(),
                verified ? Verdict.VERIFIED : Verdict.DOES_NOT_VERIFY);
    }

    private static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }
}
