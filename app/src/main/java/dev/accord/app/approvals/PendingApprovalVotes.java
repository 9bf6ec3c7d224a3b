package dev.accord.app.approvals;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.shared.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes pending_approval_vote: the approvals of each open change, one per version and authority, so that the inbox
 * counts them as the domain does (each person once, a lead as the lead) and names who approved. Keyed by what the
 * events say, so handling one twice changes nothing.
 */
@Component
class PendingApprovalVotes implements TableWriter {

    static final RowStatement APPROVED = RowStatement.batched("""
            INSERT INTO pending_approval_vote (change_id, version, authority_id, authority_name, side, lead)
            VALUES (:changeId, :version, :authorityId, :authorityName, :side, :lead)
            ON CONFLICT (change_id, version, authority_id) DO NOTHING""");

    /** A revision voids the approvals of earlier versions. */
    static final RowStatement REVISED = RowStatement.batched(
            "DELETE FROM pending_approval_vote WHERE change_id = :changeId AND version < :version");

    /** New figures void the approvals of the current version; the version stays. */
    static final RowStatement VOIDED = RowStatement.batched(
            "DELETE FROM pending_approval_vote WHERE change_id = :changeId AND version = :version");

    static final RowStatement CLOSED =
            RowStatement.batched("DELETE FROM pending_approval_vote WHERE change_id = :changeId");

    private final ReadModelWrites writes;

    PendingApprovalVotes(ReadModelWrites writes) {
        this.writes = writes;
    }

    /** An approval of the version, carrying the authority of {@code authority}. */
    void approved(UUID changeId, int version, Actor authority) {
        writes.write(
                APPROVED,
                new MapSqlParameterSource("changeId", changeId)
                        .addValue("version", version)
                        .addValue("authorityId", authority.userId())
                        .addValue("authorityName", authority.displayName())
                        .addValue("side", authority.side().name())
                        .addValue("lead", authority.lead()));
    }

    void revised(UUID changeId, int version) {
        writes.write(REVISED, new MapSqlParameterSource("changeId", changeId).addValue("version", version));
    }

    void voided(UUID changeId, int version) {
        writes.write(VOIDED, new MapSqlParameterSource("changeId", changeId).addValue("version", version));
    }

    void closed(UUID changeId) {
        writes.write(CLOSED, new MapSqlParameterSource("changeId", changeId));
    }

    @Override
    public String table() {
        return "pending_approval_vote";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(APPROVED, REVISED, VOIDED, CLOSED);
    }
}
