package dev.accord.app.detail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.domain.project.api.ActualsRow;
import dev.accord.domain.project.api.ApprovalRow;
import dev.accord.domain.project.api.AssessmentAnswerRow;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.EstimateRow;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one project in detail from the project-detail tables. */
@Repository
class ProjectDetails {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ProjectDetails(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ProjectDetail> find(UUID projectId) {
        return jdbc.sql("SELECT * FROM project_detail WHERE project_id = ?")
                .param(projectId)
                .query((rs, n) -> {
                    String currency = rs.getString("currency");
                    return new ProjectDetail(
                            projectId,
                            rs.getString("title"),
                            rs.getString("description"),
                            rs.getString("sponsor"),
                            strings(rs.getString("processes_improved")),
                            strings(rs.getString("company_objectives")),
                            strings(rs.getString("it_objectives")),
                            rs.getInt("fiscal_year"),
                            ProjectStatus.valueOf(rs.getString("status")),
                            Rows.money(rs, "requested_amount", currency),
                            Rows.money(rs, "approved_amount", currency),
                            Rows.money(rs, "spend_to_date", currency),
                            Rows.money(rs, "benefits_to_date", currency),
                            new ReviewPolicy(
                                    rs.getInt("review_interval_months"),
                                    rs.getBigDecimal("spend_overrun_percent"),
                                    rs.getBigDecimal("benefit_shortfall_percent")),
                            rs.getObject("open_reassessment_id", UUID.class),
                            rs.getString("open_reassessment_reason"),
                            Rows.actor(rs, "proposed_by"),
                            rs.getTimestamp("proposed_at").toInstant(),
                            changes(projectId),
                            estimates(projectId, currency),
                            roiCase(projectId, currency),
                            assessment(projectId),
                            actuals(projectId, currency));
                })
                .optional();
    }

    private List<ChangeRow> changes(UUID projectId) {
        return jdbc.sql("SELECT * FROM project_change WHERE project_id = ? ORDER BY requested_at, change_id")
                .param(projectId)
                .query((rs, n) -> {
                    UUID changeId = rs.getObject("change_id", UUID.class);
                    return new ChangeRow(
                            changeId,
                            ChangeKind.valueOf(rs.getString("kind")),
                            rs.getInt("version"),
                            new ChangeTerms(
                                    Rows.money(rs, "budget_amount", rs.getString("budget_currency")),
                                    rs.getString("scope"),
                                    rs.getDate("target_date") == null
                                            ? null
                                            : rs.getDate("target_date").toLocalDate()),
                            rs.getString("rationale"),
                            ChangeState.valueOf(rs.getString("state")),
                            Rows.actor(rs, "requested_by"),
                            rs.getTimestamp("requested_at").toInstant(),
                            approvals(changeId),
                            rs.getTimestamp("decided_at") == null
                                    ? null
                                    : rs.getTimestamp("decided_at").toInstant(),
                            rs.getString("decision_reason"));
                })
                .list();
    }

    private List<ApprovalRow> approvals(UUID changeId) {
        return jdbc.sql("SELECT * FROM project_change_approval WHERE change_id = ? ORDER BY approved_at, user_id")
                .param(changeId)
                .query((rs, n) -> new ApprovalRow(
                        new Actor(
                                rs.getString("user_id"),
                                rs.getString("display_name"),
                                Side.valueOf(rs.getString("side"))),
                        rs.getInt("version"),
                        rs.getString("comment"),
                        rs.getTimestamp("approved_at").toInstant(),
                        rs.getBoolean("voided")))
                .list();
    }

    private List<EstimateRow> estimates(UUID projectId, String currency) {
        return jdbc.sql("SELECT * FROM project_estimate WHERE project_id = ? ORDER BY version")
                .param(projectId)
                .query((rs, n) -> new EstimateRow(
                        rs.getInt("version"),
                        Side.valueOf(rs.getString("side")),
                        Rows.money(rs, "one_time_cost", currency),
                        Rows.money(rs, "recurring_yearly_cost", currency),
                        rs.getInt("horizon_years"),
                        Rows.money(rs, "total_cost", currency),
                        Rows.money(rs, "low", currency),
                        Rows.money(rs, "high", currency),
                        rs.getString("assumptions"),
                        rs.getString("submitted_by_name"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    private RoiCaseRow roiCase(UUID projectId, String currency) {
        return jdbc.sql("SELECT * FROM project_roi_case WHERE project_id = ? ORDER BY version DESC LIMIT 1")
                .param(projectId)
                .query((rs, n) -> new RoiCaseRow(
                        rs.getInt("version"),
                        benefits(rs.getString("benefits")),
                        rs.getBigDecimal("discount_rate_percent"),
                        rs.getInt("estimate_version"),
                        new RoiFigures(
                                rs.getBigDecimal("npv"),
                                rs.getBigDecimal("irr_percent"),
                                rs.getBigDecimal("payback_years"),
                                rs.getBigDecimal("roi_percent")),
                        rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .optional()
                .orElse(null);
    }

    private List<AssessmentAnswerRow> assessment(UUID projectId) {
        return jdbc.sql("""
                        SELECT * FROM project_assessment_answer WHERE project_id = ?
                        ORDER BY round, side, question""")
                .param(projectId)
                .query((rs, n) -> new AssessmentAnswerRow(
                        rs.getInt("round"),
                        Side.valueOf(rs.getString("side")),
                        AssessmentQuestion.valueOf(rs.getString("question")),
                        rs.getInt("rating"),
                        rs.getString("rationale"),
                        rs.getString("answered_by_name"),
                        rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    private List<ActualsRow> actuals(UUID projectId, String currency) {
        return jdbc.sql("SELECT * FROM project_actuals WHERE project_id = ? ORDER BY period")
                .param(projectId)
                .query((rs, n) -> new ActualsRow(
                        YearMonth.parse(rs.getString("period")),
                        rs.getDate("business_date").toLocalDate(),
                        Rows.money(rs, "spend", currency),
                        Rows.money(rs, "benefits", currency)))
                .list();
    }

    private List<String> strings(String array) {
        try {
            return json.readValue(array, new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable JSON in project_detail: " + array, e);
        }
    }

    private List<ExpectedBenefit> benefits(String array) {
        try {
            return json.readValue(array, new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable JSON in project_roi_case: " + array, e);
        }
    }
}
