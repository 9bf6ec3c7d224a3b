package dev.accord.app.project;

import dev.accord.domain.project.api.FindProject;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProjectSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

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
    void on(ProjectProposed event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO project_summary (project_id, title, description, status,
                            requested_amount, requested_currency, proposed_by_id, proposed_by_name, proposed_by_side,
                            proposed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (project_id) DO NOTHING""")
                .params(event.projectId(), event.title(), event.description(), ProjectStatus.PROPOSED.name(),
                        event.requestedBudget().amount(), event.requestedBudget().currency(),
                        event.proposedBy().userId(), event.proposedBy().displayName(),
                        event.proposedBy().side() == null ? null : event.proposedBy().side().name(),
                        Timestamp.from(recordedAt))
                .update();
        publish(event.projectId());
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM project_summary").update();
    }

    /** Tells open views: sent after the transaction commits, so a view that re-reads sees the new row. */
    private void publish(UUID projectId) {
        summaries.find(projectId).ifPresent(summary -> {
            updates.emit(FindProjects.class, query -> true, summary);
            updates.emit(FindProject.class, query -> query.projectId().equals(projectId), summary);
        });
    }
}
