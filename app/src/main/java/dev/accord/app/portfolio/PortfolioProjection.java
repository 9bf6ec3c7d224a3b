package dev.accord.app.portfolio;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.timeline.TimelineSentences;
import dev.accord.domain.portfolio.api.ApprovalRulesRejected;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApprovalRulesSet;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.RankingWeightsApproved;
import dev.accord.domain.portfolio.api.RankingWeightsRejected;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RankingWeightsSet;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps each fiscal year's budget, allocations, ranking weights and the figures and ratings its projects are ranked
 * by: every event goes
 * through the {@link PortfolioFold} the as-of view uses too, into the tables, and open portfolio pages of the year are
 * told who did what.
 */
@Component
@ProcessingGroup(ProcessingGroups.PORTFOLIO)
public class PortfolioProjection {

    private final PortfolioTables tables;
    private final PortfolioFold fold;
    private final ApprovalRulesWriter approvalRules;
    private final ReadModelWrites writes;
    private final LiveUpdates live;

    PortfolioProjection(
            PortfolioTables tables, ApprovalRulesWriter approvalRules, ReadModelWrites writes, LiveUpdates live) {
        this.tables = tables;
        this.approvalRules = approvalRules;
        this.fold = new PortfolioFold(tables);
        this.writes = writes;
        this.live = live;
    }

    @EventHandler
    void on(ProjectProposed event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.proposedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ChangeTookEffect event) {
        fold.on(event);
        changedFor(event.projectId(), note(event.decidedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ChangeRejected event) {
        fold.on(event);
        changedFor(event.projectId(), note(event.rejectedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ChangeWithdrawn event) {
        fold.on(event);
        changedFor(event.projectId(), note(event.withdrawnBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(RoiCaseRecorded event) {
        fold.on(event);
        changedFor(event.projectId(), note(event.recordedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ActualsRecorded event) {
        fold.on(event);
        changedFor(event.projectId(), note(event.recordedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(BudgetAllocated event) {
        fold.on(event);
        changed(
                event.fiscalYear(),
                note(
                        event.decidedBy(),
                        "The allocated total of " + event.fiscalYear() + " is now " + event.allocatedTotal()));
    }

    @EventHandler
    void on(YearBudgetRequested event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.requestedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(YearBudgetSet event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.decidedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(YearBudgetRejected event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.rejectedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(DiscountRateSet event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.setBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(AssessmentAnswered event) {
        fold.on(event);
        changedFor(event.projectId(), note(event.answeredBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(RankingWeightsRequested event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.requestedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(RankingWeightsApproved event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.approvedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(RankingWeightsSet event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.decidedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(RankingWeightsRejected event) {
        fold.on(event);
        changed(event.fiscalYear(), note(event.rejectedBy(), YearSentences.of(event)));
    }

    // The year's approval rules (not part of the as-of fold: the history view folds them on its own).
    @EventHandler
    void on(ApprovalRulesRequested event) {
        approvalRules.requested(event);
        changed(event.fiscalYear(), note(event.requestedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(ApprovalRulesSet event) {
        approvalRules.set(event.fiscalYear(), event.rules());
        changed(event.fiscalYear(), note(event.decidedBy(), YearSentences.of(event)));
    }

    @EventHandler
    void on(ApprovalRulesRejected event) {
        approvalRules.rejected(event.fiscalYear());
        changed(event.fiscalYear(), note(event.rejectedBy(), YearSentences.of(event)));
    }

    @ResetHandler
    void forgetEverything() {
        writes.forget(ProcessingGroups.PORTFOLIO);
    }

    /** The project's year is looked up only when the change is sent, so that a replay does not read per event. */
    private void changedFor(UUID projectId, ActivityNote note) {
        live.changedByLookup(LiveQuery.PORTFOLIO, () -> tables.yearOf(projectId), note);
    }

    /** Open portfolio views of that year read it again and say who did what. */
    private void changed(int fiscalYear, ActivityNote note) {
        live.changed(LiveQuery.PORTFOLIO, fiscalYear, note);
    }

    private static ActivityNote note(Actor actor, String what) {
        return new ActivityNote(actor.userId(), what);
    }
}
