package dev.accord.app.portfolio;

import dev.accord.app.subscription.Watchers;
import dev.accord.app.timeline.TimelineSentences;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps each fiscal year's budget, allocations and the ROI figures its projects are ranked by. */
@Component
@ProcessingGroup(PortfolioProjection.PROCESSING_GROUP)
public class PortfolioProjection {

    public static final String PROCESSING_GROUP = "portfolio";

    /** Makes sure a year has its row; the year's number is the parameter. */
    private static final String ENSURE_YEAR =
            "INSERT INTO portfolio_year (fiscal_year) VALUES (?) ON CONFLICT DO NOTHING";
    /**
     * {@link #ENSURE_YEAR} in the same statement as the write it prefixes (the year's number is that statement's
     * first parameter): one round trip, and a run of such writes can be sent as one batch. Only for writes to other
     * tables: a write to the year's row in the same statement would not see the row made there.
     */
    private static final String WITH_YEAR = "WITH year AS (" + ENSURE_YEAR + ")\n";

    private final JdbcClient jdbc;
    private final QueryUpdateEmitter updates;

    PortfolioProjection(JdbcClient jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(ProjectProposed event) {
        jdbc.sql(WITH_YEAR + """
                        INSERT INTO portfolio_project (project_id, fiscal_year, title, status, currency, requested_amount)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (project_id) DO NOTHING""")
                .params(
                        event.fiscalYear(),
                        event.projectId(),
                        event.fiscalYear(),
                        event.title(),
                        ProjectStatus.PROPOSED.name(),
                        event.requestedBudget().currency(),
                        event.requestedBudget().amount())
                .update();
        changed(event.fiscalYear(), note(event.proposedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ChangeTookEffect event) {
        status(event.projectId(), event.statusAfter(), note(event.decidedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ChangeRejected event) {
        status(event.projectId(), event.statusAfter(), note(event.rejectedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ChangeWithdrawn event) {
        status(event.projectId(), event.statusAfter(), note(event.withdrawnBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(RoiCaseRecorded event) {
        jdbc.sql("UPDATE portfolio_project SET npv = ?, roi_percent = ?, irr_percent = ? WHERE project_id = ?")
                .params(
                        event.figures().npv(),
                        event.figures().roiPercent(),
                        event.figures().irrPercent(),
                        event.projectId())
                .update();
        changedFor(event.projectId(), note(event.recordedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(ActualsRecorded event) {
        // One statement for the project and its month, so that a rebuild can send a run of them in one round trip.
        jdbc.sql("""
                        WITH project AS (
                            UPDATE portfolio_project SET spend_to_date = ? WHERE project_id = ?
                            RETURNING project_id, fiscal_year)
                        INSERT INTO portfolio_actuals (project_id, period, fiscal_year, spend)
                        SELECT project_id, ?, fiscal_year, ? FROM project
                        ON CONFLICT (project_id, period) DO UPDATE SET spend = excluded.spend""")
                .params(
                        event.spendToDate().amount(),
                        event.projectId(),
                        event.period().toString(),
                        event.spend().amount())
                .update();
        changedFor(event.projectId(), note(event.recordedBy(), TimelineSentences.of(event)));
    }

    @EventHandler
    void on(BudgetAllocated event) {
        jdbc.sql(WITH_YEAR + "UPDATE portfolio_project SET allocated_amount = ? WHERE project_id = ?")
                .params(event.fiscalYear(), event.allocation().amount(), event.projectId())
                .update();
        changed(
                event.fiscalYear(),
                note(
                        event.decidedBy(),
                        "The allocated total of " + event.fiscalYear() + " is now " + event.allocatedTotal()));
    }

    @EventHandler
    void on(YearBudgetRequested event) {
        year(event.fiscalYear());
        jdbc.sql("UPDATE portfolio_year SET pending_budget_change = ?, pending_budget_amount = ? "
                        + "WHERE fiscal_year = ?")
                .params(event.changeId(), event.budget().amount(), event.fiscalYear())
                .update();
        changed(
                event.fiscalYear(),
                note(
                        event.requestedBy(),
                        event.requestedBy() + " requested an IT budget of " + event.budget() + " for "
                                + event.fiscalYear()));
    }

    @EventHandler
    void on(YearBudgetSet event) {
        jdbc.sql("""
                        UPDATE portfolio_year SET budget_amount = ?, currency = ?, pending_budget_change = NULL,
                            pending_budget_amount = NULL
                        WHERE fiscal_year = ?""")
                .params(event.budget().amount(), event.budget().currency(), event.fiscalYear())
                .update();
        changed(
                event.fiscalYear(),
                note(
                        event.decidedBy(),
                        "The " + event.fiscalYear() + " IT budget of " + event.budget() + " took effect"));
    }

    @EventHandler
    void on(YearBudgetRejected event) {
        jdbc.sql("UPDATE portfolio_year SET pending_budget_change = NULL, pending_budget_amount = NULL "
                        + "WHERE fiscal_year = ?")
                .param(event.fiscalYear())
                .update();
        changed(
                event.fiscalYear(),
                note(
                        event.rejectedBy(),
                        event.rejectedBy() + " rejected the requested " + event.fiscalYear() + " IT budget: \u201c"
                                + event.reason() + "\u201d"));
    }

    @EventHandler
    void on(DiscountRateSet event) {
        year(event.fiscalYear());
        jdbc.sql("UPDATE portfolio_year SET discount_rate_percent = ? WHERE fiscal_year = ?")
                .params(event.ratePercent(), event.fiscalYear())
                .update();
        changed(
                event.fiscalYear(),
                note(
                        event.setBy(),
                        event.setBy() + " set the " + event.fiscalYear() + " discount rate to "
                                + event.ratePercent().stripTrailingZeros().toPlainString() + " %"));
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM portfolio_actuals").update();
        jdbc.sql("DELETE FROM portfolio_project").update();
        jdbc.sql("DELETE FROM portfolio_year").update();
    }

    private void year(int fiscalYear) {
        jdbc.sql(ENSURE_YEAR).param(fiscalYear).update();
    }

    private void status(UUID projectId, ProjectStatus status, ActivityNote note) {
        jdbc.sql("UPDATE portfolio_project SET status = ? WHERE project_id = ?")
                .params(status.name(), projectId)
                .update();
        changedFor(projectId, note);
    }

    /** Looks up the project's year only if someone has a portfolio open, so that a replay does not read per event. */
    private void changedFor(UUID projectId, ActivityNote note) {
        if (!Watchers.any(updates, FindPortfolio.class, query -> true)) {
            return;
        }
        jdbc.sql("SELECT fiscal_year FROM portfolio_project WHERE project_id = ?")
                .param(projectId)
                .query(Integer.class)
                .optional()
                .ifPresent(year -> changed(year, note));
    }

    /** Open portfolio views of that year read it again and say who did what. */
    private void changed(int fiscalYear, ActivityNote note) {
        updates.emit(FindPortfolio.class, query -> query.fiscalYear() == fiscalYear, note);
    }

    private static ActivityNote note(Actor actor, String what) {
        return new ActivityNote(actor.userId(), what);
    }
}
