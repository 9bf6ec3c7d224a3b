package dev.accord.app.project;

import dev.accord.app.subscription.Watchers;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.FindProject;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.shared.Money;
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
 * Keeps the project_summary table: one row per project, as the projects list shows it. Idempotent, so a
 * replay from the first event rebuilds the same rows.
 */
@Component
@ProcessingGroup(ProjectSummaryProjection.PROCESSING_GROUP)
class ProjectSummaryProjection {

    static final String PROCESSING_GROUP = "project-summary";

    private final JdbcClient jdbc;
    private final ProjectSummaries summaries;
    private final QueryUpdateEmitter updates;

    ProjectSummaryProjection(JdbcClient jdbc, ProjectSummaries summaries, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.updates = updates;
    }

    @EventHandler
    void on(ProjectProposed event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO project_summary (project_id, title, description, status,
                            requested_amount, requested_currency, proposed_by_id, proposed_by_name, proposed_by_side,
                            proposed_at, fiscal_year, last_event_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (project_id) DO NOTHING""")
                .params(
                        event.projectId(),
                        event.title(),
                        event.description(),
                        ProjectStatus.PROPOSED.name(),
                        event.requestedBudget().amount(),
                        event.requestedBudget().currency(),
                        event.proposedBy().userId(),
                        event.proposedBy().displayName(),
                        event.proposedBy().side() == null
                                ? null
                                : event.proposedBy().side().name(),
                        java.sql.Timestamp.from(recordedAt),
                        event.fiscalYear(),
                        java.sql.Timestamp.from(recordedAt))
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeTookEffect event, @Timestamp Instant at) {
        Money budget = event.applied().budget();
        jdbc.sql("""
                        UPDATE project_summary SET status = ?, last_event_at = ?,
                            approved_amount = coalesce(?, approved_amount),
                            approved_currency = coalesce(?, approved_currency)
                        WHERE project_id = ?""")
                .params(
                        event.statusAfter().name(),
                        java.sql.Timestamp.from(at),
                        budget == null ? null : budget.amount(),
                        budget == null ? null : budget.currency(),
                        event.projectId())
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeRejected event, @Timestamp Instant at) {
        status(event.projectId(), event.statusAfter(), at);
    }

    @EventHandler
    void on(ChangeWithdrawn event, @Timestamp Instant at) {
        status(event.projectId(), event.statusAfter(), at);
    }

    @EventHandler
    void on(ActualsRecorded event, @Timestamp Instant at) {
        jdbc.sql("UPDATE project_summary SET spend_to_date = ?, last_event_at = ? WHERE project_id = ?")
                .params(event.spendToDate().amount(), java.sql.Timestamp.from(at), event.projectId())
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(RoiCaseRecorded event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE project_summary SET npv = ?, roi_percent = ?, irr_percent = ?, last_event_at = ?
                        WHERE project_id = ?""")
                .params(
                        event.figures().npv(),
                        event.figures().roiPercent(),
                        event.figures().irrPercent(),
                        java.sql.Timestamp.from(at),
                        event.projectId())
                .update();
        publish(event.projectId());
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM project_summary").update();
    }

    private void status(UUID projectId, ProjectStatus status, Instant at) {
        jdbc.sql("UPDATE project_summary SET status = ?, last_event_at = ? WHERE project_id = ?")
                .params(status.name(), java.sql.Timestamp.from(at), projectId)
                .update();
        publish(projectId);
    }

    /**
     * Tells open views; Axon sends it after the transaction commits, so a view that re-reads sees the row. The row is
     * read back only if a project list or this project is watched, so that a replay does not read after each write.
     */
    private void publish(UUID projectId) {
        if (!Watchers.any(updates, FindProjects.class, query -> true)
                && !Watchers.any(
                        updates, FindProject.class, query -> query.projectId().equals(projectId))) {
            return;
        }
        summaries.find(projectId).ifPresent(summary -> {
            updates.emit(FindProjects.class, query -> true, summary);
            updates.emit(FindProject.class, query -> query.projectId().equals(projectId), summary);
        });
    }
}
