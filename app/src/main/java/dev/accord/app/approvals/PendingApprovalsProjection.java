package dev.accord.app.approvals;

import dev.accord.app.timeline.TimelineSentences;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.FindPendingApprovals;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Side;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps pending_approval: each open change with the sides that have approved its current version. A revision
 * starts the count again; a decision or withdrawal removes the row.
 */
@Component
@ProcessingGroup("pending-approvals")
class PendingApprovalsProjection {

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter updates;

    PendingApprovalsProjection(JdbcClient jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(ProjectProposed event) {
        jdbc.sql("INSERT INTO pending_project (project_id, title) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.projectId(), event.title())
                .update();
    }

    @EventHandler
    void on(ChangeRequested event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO pending_approval (change_id, project_id, project_title, kind, version, budget_amount,
                            budget_currency, rationale, requested_by_id, requested_by_name, requested_by_side,
                            requested_at)
                        SELECT ?, ?, title, ?, 1, ?, ?, ?, ?, ?, ?, ? FROM pending_project WHERE project_id = ?
                        ON CONFLICT (change_id) DO NOTHING""")
                .params(
                        event.changeId(),
                        event.projectId(),
                        event.kind().name(),
                        event.terms().budget() == null
                                ? null
                                : event.terms().budget().amount(),
                        event.terms().budget() == null
                                ? null
                                : event.terms().budget().currency(),
                        event.rationale(),
                        event.requestedBy().userId(),
                        event.requestedBy().displayName(),
                        event.requestedBy().side() == null
                                ? null
                                : event.requestedBy().side().name(),
                        java.sql.Timestamp.from(at),
                        event.projectId())
                .update();
        changed(event.requestedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeRevised event) {
        jdbc.sql("""
                        UPDATE pending_approval SET version = ?, budget_amount = ?, budget_currency = ?, rationale = ?,
                            finance_approved = FALSE, it_approved = FALSE, approvers = ''
                        WHERE change_id = ?""")
                .params(
                        event.version(),
                        event.terms().budget() == null
                                ? null
                                : event.terms().budget().amount(),
                        event.terms().budget() == null
                                ? null
                                : event.terms().budget().currency(),
                        event.rationale(),
                        event.changeId())
                .update();
        changed(event.revisedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeApproved event) {
        String sideColumn = event.approvedBy().side() == Side.FINANCE ? "finance_approved" : "it_approved";
        jdbc.sql("UPDATE pending_approval SET " + sideColumn + " = TRUE, approvers = approvers || ? || ',' "
                        + "WHERE change_id = ? AND version = ?")
                .params(event.approvedBy().userId(), event.changeId(), event.version())
                .update();
        changed(event.approvedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeTookEffect event) {
        closed(event.changeId(), event.decidedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeRejected event) {
        closed(event.changeId(), event.rejectedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeWithdrawn event) {
        closed(event.changeId(), event.withdrawnBy().userId(), TimelineSentences.of(event));
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM pending_approval").update();
        jdbc.sql("DELETE FROM pending_project").update();
    }

    private void closed(UUID changeId, String actor, String what) {
        jdbc.sql("DELETE FROM pending_approval WHERE change_id = ?")
                .param(changeId)
                .update();
        changed(actor, what);
    }

    /** Inboxes re-read their list (each applies its own filter) and say who did what. */
    private void changed(String actor, String what) {
        updates.emit(FindPendingApprovals.class, query -> true, new ActivityNote(actor, what));
    }
}
