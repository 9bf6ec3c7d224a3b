package dev.accord.app.detail;

import static java.sql.Timestamp.from;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.subscription.Watchers;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ChangeWithdrawn;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReassessmentConcluded;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.shared.Actor;
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
 * Keeps one project in detail: its changes with every approval (voided ones marked, never removed), estimates,
 * ROI cases, assessment answers and actuals. Idempotent writes, so a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup("project-detail")
class ProjectDetailProjection {

    /**
     * Closes a change with its decision (state, reason, when; the change's id) in the statement that updates its
     * project, which follows: one round trip, and a run of decisions can be sent as one batch.
     */
    private static final String DECIDED = """
            WITH decided AS (
                UPDATE project_change SET state = ?, decision_reason = ?, decided_at = ? WHERE change_id = ?)
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectDetails details;
    private final QueryUpdateEmitter updates;

    ProjectDetailProjection(JdbcClient jdbc, ObjectMapper json, ProjectDetails details, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.json = json;
        this.details = details;
        this.updates = updates;
    }

    @EventHandler
    void on(ProjectProposed event, @Timestamp Instant at) {
        Actor by = event.proposedBy();
        jdbc.sql("""
                        INSERT INTO project_detail (project_id, title, description, sponsor, processes_improved,
                            company_objectives, it_objectives, fiscal_year, currency, status, requested_amount,
                            proposed_by_id, proposed_by_name, proposed_by_side, proposed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (project_id) DO NOTHING""")
                .params(
                        event.projectId(),
                        event.title(),
                        event.description(),
                        event.sponsor(),
                        toJson(event.processesImproved()),
                        toJson(event.companyObjectives()),
                        toJson(event.itObjectives()),
                        event.fiscalYear(),
                        event.requestedBudget().currency(),
                        ProjectStatus.PROPOSED.name(),
                        event.requestedBudget().amount(),
                        by.userId(),
                        by.displayName(),
                        side(by),
                        from(at))
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeRequested event, @Timestamp Instant at) {
        Actor by = event.requestedBy();
        jdbc.sql("""
                        INSERT INTO project_change (change_id, project_id, kind, version, budget_amount, budget_currency,
                            scope, target_date, rationale, state, requested_by_id, requested_by_name, requested_by_side,
                            requested_at)
                        VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
                        event.terms().scope(),
                        event.terms().targetDate(),
                        event.rationale(),
                        ChangeState.OPEN.name(),
                        by.userId(),
                        by.displayName(),
                        side(by),
                        from(at))
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeRevised event) {
        jdbc.sql("""
                        UPDATE project_change SET version = ?, budget_amount = ?, budget_currency = ?, scope = ?,
                            target_date = ?, rationale = ?
                        WHERE change_id = ?""")
                .params(
                        event.version(),
                        event.terms().budget() == null
                                ? null
                                : event.terms().budget().amount(),
                        event.terms().budget() == null
                                ? null
                                : event.terms().budget().currency(),
                        event.terms().scope(),
                        event.terms().targetDate(),
                        event.rationale(),
                        event.changeId())
                .update();
        jdbc.sql("UPDATE project_change_approval SET voided = TRUE WHERE change_id = ? AND version < ?")
                .params(event.changeId(), event.version())
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeApproved event, @Timestamp Instant at) {
        Actor by = event.approvedBy();
        jdbc.sql("""
                        INSERT INTO project_change_approval (change_id, version, user_id, display_name, side, comment,
                            approved_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(
                        event.changeId(),
                        event.version(),
                        by.userId(),
                        by.displayName(),
                        side(by),
                        event.comment(),
                        from(at))
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeTookEffect event, @Timestamp Instant at) {
        jdbc.sql(DECIDED + "UPDATE project_detail SET status = ?, approved_amount = coalesce(?, approved_amount) "
                        + "WHERE project_id = ?")
                .params(
                        ChangeState.APPROVED.name(),
                        null,
                        from(at),
                        event.changeId(),
                        event.statusAfter().name(),
                        event.applied().budget() == null
                                ? null
                                : event.applied().budget().amount(),
                        event.projectId())
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ChangeRejected event, @Timestamp Instant at) {
        decided(event.changeId(), ChangeState.REJECTED, event.reason(), at, event.projectId(), event.statusAfter());
    }

    @EventHandler
    void on(ChangeWithdrawn event, @Timestamp Instant at) {
        decided(event.changeId(), ChangeState.WITHDRAWN, null, at, event.projectId(), event.statusAfter());
    }

    @EventHandler
    void on(EstimateSubmitted event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO project_estimate (project_id, version, side, one_time_cost, recurring_yearly_cost,
                            horizon_years, total_cost, low, high, assumptions, submitted_by_id, submitted_by_name,
                            submitted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(
                        event.projectId(),
                        event.version(),
                        event.side().name(),
                        event.oneTimeCost().amount(),
                        event.recurringYearlyCost().amount(),
                        event.horizonYears(),
                        event.totalCost().amount(),
                        event.low().amount(),
                        event.high().amount(),
                        event.assumptions(),
                        event.submittedBy().userId(),
                        event.submittedBy().displayName(),
                        from(at))
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(RoiCaseRecorded event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO project_roi_case (project_id, version, benefits, discount_rate_percent,
                            estimate_version, npv, irr_percent, payback_years, roi_percent, recorded_by_id,
                            recorded_by_name, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(
                        event.projectId(),
                        event.version(),
                        toJson(event.benefits()),
                        event.discountRatePercent(),
                        event.costBasis().estimateVersion(),
                        event.figures().npv(),
                        event.figures().irrPercent(),
                        event.figures().paybackYears(),
                        event.figures().roiPercent(),
                        event.recordedBy().userId(),
                        event.recordedBy().displayName(),
                        from(at))
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(AssessmentAnswered event, @Timestamp Instant at) {
        event.answers()
                .forEach(answer -> jdbc.sql("""
                        INSERT INTO project_assessment_answer (project_id, round, side, question, rating, rationale,
                            answered_by_name, answered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (project_id, round, side, question) DO UPDATE SET rating = excluded.rating,
                            rationale = excluded.rationale, answered_by_name = excluded.answered_by_name,
                            answered_at = excluded.answered_at""")
                        .params(
                                event.projectId(),
                                event.round(),
                                event.side().name(),
                                answer.question().name(),
                                answer.rating(),
                                answer.rationale(),
                                event.answeredBy().displayName(),
                                from(at))
                        .update());
        publish(event.projectId());
    }

    @EventHandler
    void on(ActualsRecorded event, @Timestamp Instant at) {
        java.math.BigDecimal benefits = event.benefits().stream()
                .map(benefit -> benefit.amount().amount())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        // One statement for the month and the totals, so that a rebuild can send a run of them in one round trip.
        // Its parts see the actuals as they were before it: the month's benefits are added to the other months'.
        jdbc.sql("""
                        WITH month AS (
                            INSERT INTO project_actuals (project_id, period, business_date, spend, benefits, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (project_id, period) DO UPDATE SET business_date = excluded.business_date,
                                spend = excluded.spend, benefits = excluded.benefits, recorded_at = excluded.recorded_at)
                        UPDATE project_detail SET spend_to_date = ?,
                            benefits_to_date = ? + (SELECT coalesce(sum(benefits), 0) FROM project_actuals
                                                    WHERE project_id = ? AND period <> ?)
                        WHERE project_id = ?""")
                .params(
                        event.projectId(),
                        event.period().toString(),
                        event.businessDate(),
                        event.spend().amount(),
                        benefits,
                        from(at),
                        event.spendToDate().amount(),
                        benefits,
                        event.projectId(),
                        event.period().toString(),
                        event.projectId())
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ReassessmentFellDue event) {
        jdbc.sql("UPDATE project_detail SET open_reassessment_id = ?, open_reassessment_reason = ? "
                        + "WHERE project_id = ?")
                .params(event.reassessmentId(), event.reason(), event.projectId())
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ReassessmentConcluded event) {
        jdbc.sql("UPDATE project_detail SET open_reassessment_id = NULL, open_reassessment_reason = NULL "
                        + "WHERE project_id = ?")
                .params(event.projectId())
                .update();
        publish(event.projectId());
    }

    @EventHandler
    void on(ReviewPolicySet event) {
        jdbc.sql("""
                        UPDATE project_detail SET review_interval_months = ?, spend_overrun_percent = ?,
                            benefit_shortfall_percent = ?
                        WHERE project_id = ?""")
                .params(
                        event.policy().reviewIntervalMonths(), event.policy().spendOverrunPercent(),
                        event.policy().benefitShortfallPercent(), event.projectId())
                .update();
        publish(event.projectId());
    }

    @ResetHandler
    void forgetEverything() {
        for (String table : new String[] {
            "project_change_approval",
            "project_change",
            "project_estimate",
            "project_roi_case",
            "project_assessment_answer",
            "project_actuals",
            "project_detail"
        }) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private void decided(
            UUID changeId, ChangeState state, String reason, Instant at, UUID projectId, ProjectStatus status) {
        jdbc.sql(DECIDED + "UPDATE project_detail SET status = ? WHERE project_id = ?")
                .params(state.name(), reason, from(at), changeId, status.name(), projectId)
                .update();
        publish(projectId);
    }

    /** Reads the detail back only if someone is watching this project, so replays stay cheap. */
    private void publish(UUID projectId) {
        if (!Watchers.any(
                updates, FindProjectDetail.class, query -> query.projectId().equals(projectId))) {
            return;
        }
        details.find(projectId)
                .ifPresent(detail -> updates.emit(
                        FindProjectDetail.class, query -> query.projectId().equals(projectId), detail));
    }

    private static String side(Actor actor) {
        return actor.side() == null ? null : actor.side().name();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value + " as JSON", e);
        }
    }
}
