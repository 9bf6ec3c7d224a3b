package dev.accord.app.approvals;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.portfolio.YearSentences;
import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.timeline.TimelineSentences;
import dev.accord.domain.portfolio.api.ApprovalRulesApproved;
import dev.accord.domain.portfolio.api.ApprovalRulesRejected;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApprovalRulesSet;
import dev.accord.domain.portfolio.api.RankingWeightsApproved;
import dev.accord.domain.portfolio.api.RankingWeightsRejected;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RankingWeightsSet;
import dev.accord.domain.portfolio.api.YearBudgetApproved;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.project.api.ApprovalsVoided;
import dev.accord.domain.project.api.AssessmentCompleted;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the approvals inbox: each open change with the sides that have approved its current version. A revision
 * takes off the approvals it voided; a decision or withdrawal takes the change out. A fiscal year's own changes (its
 * budget, its approval rules) come in like a project's, and open portfolio pages of the year are told as well.
 */
@Component
@ProcessingGroup(ProcessingGroups.PENDING_APPROVALS)
class PendingApprovalsProjection {

    private final PendingProjects projects;
    private final PendingApprovals changes;
    private final PendingApprovalVotes votes;
    private final ReadModelWrites writes;
    private final LiveUpdates live;

    PendingApprovalsProjection(
            PendingProjects projects,
            PendingApprovals changes,
            PendingApprovalVotes votes,
            ReadModelWrites writes,
            LiveUpdates live) {
        this.projects = projects;
        this.changes = changes;
        this.votes = votes;
        this.writes = writes;
        this.live = live;
    }

    @EventHandler
    void on(ProjectProposed event) {
        projects.add(event.projectId(), event.title());
    }

    @EventHandler
    void on(ChangeRequested event, @Timestamp Instant at) {
        changes.open(event, at);
        changed(event.requestedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeRevised event) {
        changes.revise(event);
        votes.revised(event.changeId(), event.version());
        changed(event.revisedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(EstimateSubmitted event) {
        projects.businessCase(event.projectId(), event.side(), false, false);
    }

    @EventHandler
    void on(RoiCaseRecorded event) {
        projects.businessCase(event.projectId(), null, true, false);
    }

    @EventHandler
    void on(AssessmentCompleted event) {
        if (event.round() == 0) {
            projects.businessCase(event.projectId(), null, false, true);
            changed(event.completedBy().userId(), TimelineSentences.of(event));
        }
    }

    /** New figures arrived: the change waits for both sides' approvals again. */
    @EventHandler
    void on(ApprovalsVoided event) {
        changes.voided(event.changeId(), event.version());
        votes.voided(event.changeId(), event.version());
        changed(event.cause().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeApproved event) {
        changes.approve(event.changeId(), event.approvedBy().side());
        // Counted by the authority the approval carries (the approver's own until approvals on behalf arrive).
        votes.approved(event.changeId(), event.version(), event.approvedBy());
        changed(event.approvedBy().userId(), TimelineSentences.of(event));
    }

    @EventHandler
    void on(ChangeTookEffect event) {
        if (event.applied().budget() != null) {
            projects.approvedBudget(event.projectId(), event.applied().budget().amount());
        }
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

    @EventHandler
    void on(YearBudgetRequested event, @Timestamp Instant at) {
        changes.openYearChange(YearChange.of(event, at));
        yearChanged(event.fiscalYear(), event.requestedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(YearBudgetApproved event) {
        yearApproved(event.changeId(), event.version(), event.approvedBy());
        yearChanged(event.fiscalYear(), event.approvedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(YearBudgetSet event) {
        yearClosed(event.fiscalYear(), event.changeId(), event.decidedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(YearBudgetRejected event) {
        yearClosed(event.fiscalYear(), event.changeId(), event.rejectedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(ApprovalRulesRequested event, @Timestamp Instant at) {
        changes.openYearChange(YearChange.of(event, at));
        yearChanged(event.fiscalYear(), event.requestedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(ApprovalRulesApproved event) {
        yearApproved(event.changeId(), event.version(), event.approvedBy());
        yearChanged(event.fiscalYear(), event.approvedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(ApprovalRulesSet event) {
        yearClosed(event.fiscalYear(), event.changeId(), event.decidedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(ApprovalRulesRejected event) {
        yearClosed(event.fiscalYear(), event.changeId(), event.rejectedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(RankingWeightsRequested event, @Timestamp Instant at) {
        changes.openYearChange(YearChange.of(event, at));
        yearChanged(event.fiscalYear(), event.requestedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(RankingWeightsApproved event) {
        yearApproved(event.changeId(), event.version(), event.approvedBy());
        yearChanged(event.fiscalYear(), event.approvedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(RankingWeightsSet event) {
        yearClosed(event.fiscalYear(), event.changeId(), event.decidedBy(), YearSentences.of(event));
    }

    @EventHandler
    void on(RankingWeightsRejected event) {
        yearClosed(event.fiscalYear(), event.changeId(), event.rejectedBy(), YearSentences.of(event));
    }

    @ResetHandler
    void forgetEverything() {
        writes.forget(ProcessingGroups.PENDING_APPROVALS);
    }

    private void closed(UUID changeId, String actor, String what) {
        changes.close(changeId);
        votes.closed(changeId);
        changed(actor, what);
    }

    private void yearApproved(UUID changeId, int version, Actor approvedBy) {
        changes.approve(changeId, approvedBy.side());
        votes.approved(changeId, version, approvedBy);
    }

    private void yearClosed(int fiscalYear, UUID changeId, Actor actor, String what) {
        changes.close(changeId);
        votes.closed(changeId);
        yearChanged(fiscalYear, actor, what);
    }

    /**
     * Inboxes re-read their list, and so do the year's open portfolio pages, which show its open changes from here;
     * they hear who did what from the portfolio's own projection, so they are told nothing more here.
     */
    private void yearChanged(int fiscalYear, Actor actor, String what) {
        changed(actor.userId(), what);
        live.changed(LiveQuery.PORTFOLIO, fiscalYear, null);
    }

    /** Inboxes re-read their list (each applies its own filter) and say who did what. */
    private void changed(String actor, String what) {
        live.changed(LiveQuery.PENDING_APPROVALS, null, new ActivityNote(actor, what));
    }
}
