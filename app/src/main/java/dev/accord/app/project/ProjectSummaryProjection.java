package dev.accord.app.project;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RoiCaseRecorded;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the project_summary table: one row per project, as the projects list shows it. Idempotent, so a
 * replay from the first event rebuilds the same rows.
 */
@Component
@ProcessingGroup(ProcessingGroups.PROJECT_SUMMARY)
class ProjectSummaryProjection {

    private final ProjectSummaryRows rows;
    private final ReadModelWrites writes;
    private final LiveUpdates live;

    ProjectSummaryProjection(ProjectSummaryRows rows, ReadModelWrites writes, LiveUpdates live) {
        this.rows = rows;
        this.writes = writes;
        this.live = live;
    }

    @EventHandler
    void on(ProjectProposed event, @Timestamp Instant recordedAt) {
        rows.propose(event, recordedAt);
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeTookEffect event, @Timestamp Instant at) {
        rows.decide(event.projectId(), event.statusAfter(), event.applied().budget(), at);
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
        rows.spend(event.projectId(), event.spendToDate().amount(), at);
        publish(event.projectId());
    }

    @EventHandler
    void on(RoiCaseRecorded event, @Timestamp Instant at) {
        rows.roi(event.projectId(), event.figures(), at);
        publish(event.projectId());
    }

    @ResetHandler
    void forgetEverything() {
        writes.forget(ProcessingGroups.PROJECT_SUMMARY);
    }

    private void status(UUID projectId, ProjectStatus status, Instant at) {
        rows.status(projectId, status, at);
        publish(projectId);
    }

    /** Open project lists read their page again once the row is committed. */
    private void publish(UUID projectId) {
        live.changed(LiveQuery.PROJECTS, projectId, null);
    }
}
