package dev.accord.app.integrity;

import dev.accord.domain.integrity.api.SignedCheckpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which signed checkpoint covers an event: the first whose tree holds the event's leaf. Checkpoints are numbered in
 * the order they were signed, as people speak of them ("checkpoint 12"); auditors name them by tree size.
 */
@Repository
class CheckpointCoverage {

    private static final String NUMBERED = """
            c.tree_size, c.root_hash, c.signed_at, c.note,
            (SELECT count(*) FROM integrity_checkpoint earlier WHERE earlier.tree_size <= c.tree_size) AS number
            """;

    private final JdbcClient jdbc;

    CheckpointCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The checkpoint as shown to people, numbered. */
    SignedCheckpoint describe(Checkpoint checkpoint) {
        long number = jdbc.sql("SELECT count(*) FROM integrity_checkpoint WHERE tree_size <= ?")
                .param(checkpoint.treeSize())
                .query(Long.class)
                .single();
        return new SignedCheckpoint(
                number, checkpoint.treeSize(), checkpoint.rootHashBase64(), checkpoint.signedAt(), checkpoint.origin());
    }

    /**
     * For each of these steps of one project, the first checkpoint that covers it; steps no checkpoint covers yet
     * are absent.
     */
    Map<Long, SignedCheckpoint> firstCovering(UUID projectId, List<Long> sequences) {
        Map<Long, SignedCheckpoint> covered = new HashMap<>();
        if (sequences.isEmpty()) {
            return covered;
        }
        jdbc.sql("SELECT e.sequence_number, " + NUMBERED + """
                         FROM domain_event_entry e
                         JOIN integrity_leaf l ON l.global_index = e.global_index
                         JOIN LATERAL (SELECT * FROM integrity_checkpoint k WHERE k.tree_size > l.leaf_index
                                       ORDER BY k.tree_size LIMIT 1) c ON TRUE
                         WHERE e.aggregate_identifier = ? AND e.sequence_number = ANY (?)""")
                .params(projectId.toString(), sequences.toArray(Long[]::new))
                .query((row, n) -> covered.put(row.getLong(1), numbered(row)))
                .list();
        return covered;
    }

    private static SignedCheckpoint numbered(ResultSet row) throws SQLException {
        String note = row.getString("note");
        Timestamp signedAt = row.getTimestamp("signed_at");
        return new SignedCheckpoint(
                row.getLong("number"),
                row.getLong("tree_size"),
                Base64.getEncoder().encodeToString(row.getBytes("root_hash")),
                signedAt.toInstant(),
                Checkpoint.originOf(note));
    }
}
