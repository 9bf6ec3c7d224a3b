package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.shared.Actor;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes project_change_approval: every approval given, those a revision voided kept and marked. New figures void
 * approvals without a new version, so the same person may approve the same version again: that approval replaces the
 * voided one (the timeline keeps both).
 */
@Component
class ChangeApprovalWriter implements TableWriter {

    private static final RowStatement APPROVED = RowStatement.batched("""
            INSERT INTO project_change_approval (change_id, version, user_id, display_name, side, comment, approved_at,
                on_behalf_of_id, on_behalf_of_name, on_behalf_of_lead)
            VALUES (:changeId, :version, :userId, :displayName, :side, :comment, :approvedAt,
                :onBehalfOfId, :onBehalfOfName, :onBehalfOfLead)
            ON CONFLICT (change_id, version, user_id) DO UPDATE SET display_name = EXCLUDED.display_name,
                side = EXCLUDED.side, comment = EXCLUDED.comment, approved_at = EXCLUDED.approved_at,
                on_behalf_of_id = EXCLUDED.on_behalf_of_id, on_behalf_of_name = EXCLUDED.on_behalf_of_name,
                on_behalf_of_lead = EXCLUDED.on_behalf_of_lead, voided = FALSE
            WHERE project_change_approval.voided""");

    private static final RowStatement VOIDED = RowStatement.batched("""
            UPDATE project_change_approval SET voided = TRUE
            WHERE change_id = :changeId AND version = :version AND user_id = :userId""");

    private final ReadModelWrites writes;

    ChangeApprovalWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void approved(UUID changeId, ApprovalRow approval) {
        Actor onBehalfOf = approval.onBehalfOf();
        writes.write(
                APPROVED,
                key(changeId, approval.version(), approval.approver().userId())
                        .addValue("displayName", approval.approver().displayName())
                        .addValue("side", approval.approver().side().name())
                        .addValue("comment", approval.comment())
                        .addValue("approvedAt", Timestamp.from(approval.at()))
                        .addValue("onBehalfOfId", onBehalfOf == null ? null : onBehalfOf.userId())
                        .addValue("onBehalfOfName", onBehalfOf == null ? null : onBehalfOf.displayName())
                        .addValue("onBehalfOfLead", onBehalfOf == null ? null : onBehalfOf.lead()));
    }

    void voided(UUID changeId, List<Approval> voided) {
        voided.forEach(approval -> writes.write(
                VOIDED, key(changeId, approval.version(), approval.approver().userId())));
    }

    private static MapSqlParameterSource key(UUID changeId, int version, String userId) {
        return new MapSqlParameterSource("changeId", changeId)
                .addValue("version", version)
                .addValue("userId", userId);
    }

    @Override
    public String table() {
        return "project_change_approval";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(APPROVED, VOIDED);
    }
}
