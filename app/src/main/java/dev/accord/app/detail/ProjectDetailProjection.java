package dev.accord.app.detail;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.project.api.RoiCaseRecorded;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps one project in detail: its changes with every approval (voided ones marked, never removed), estimates,
 * ROI cases, assessment answers and actuals. What an event changes is {@link ProjectDetailFold}'s to say, the same
 * fold the as-of view uses; this writes it to the tables. Idempotent writes, so a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(ProcessingGroups.PROJECT_DETAIL)
class ProjectDetailProjection {

    private final DetailTables tables;
    private final ReadModelWrites writes;
    private final LiveUpdates live;

    ProjectDetailProjection(DetailTables tables, ReadModelWrites writes, LiveUpdates live) {
        this.tables = tables;
        this.writes = writes;
        this.live = live;
    }

    @EventHandler
    void on(ProjectProposed event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ChangeRequested event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ChangeRevised event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ApprovalsVoided event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ChangeApproved event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ChangeTookEffect event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ChangeRejected event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ChangeWithdrawn event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(EstimateSubmitted event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(RoiCaseRecorded event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(AssessmentAnswered event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ActualsRecorded event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ReassessmentFellDue event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ReassessmentConcluded event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @EventHandler
    void on(ReviewPolicySet event, @Timestamp Instant at) {
        fold(event.projectId(), event, at);
    }

    @ResetHandler
    void forgetEverything() {
        writes.forget(ProcessingGroups.PROJECT_DETAIL);
    }

    private void fold(UUID projectId, Object event, Instant at) {
        ProjectDetailFold.fold(event, at, tables);
        // Open pages of the project read it again; the timeline says who did what.
        live.changed(LiveQuery.PROJECT_DETAIL, projectId, null);
    }
}
