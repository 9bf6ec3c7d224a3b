package dev.accord.app.detail;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.TableReader;
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
import dev.accord.domain.project.api.ReassessmentConclusion;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.RoiCaseRow;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Reads one project in detail from the project-detail tables: its rows as they are, put in order and summed up by
 * {@link ProjectDetailRows}, as the as-of view's rows are. The projection reads through it too, to publish what it
 * wrote, so its queries are declared ({@link #reads()}) and held to the projection contract.
 */
@Repository
class ProjectDetails implements TableReader {

    private static final String PROJECT = "SELECT * FROM project_detail WHERE project_id = :projectId";
    private static final String CHANGES = "SELECT * FROM project_change WHERE project_id = :projectId";
    private static final String APPROVALS = """
            SELECT a.* FROM project_change_approval a JOIN project_change c USING (change_id)
            WHERE c.project_id = :projectId""";
    private static final String ESTIMATES = "SELECT * FROM project_estimate WHERE project_id = :projectId";
    private static final String ROI_CASES = "SELECT * FROM project_roi_case WHERE project_id = :projectId";
    private static final String ANSWERS = "SELECT * FROM project_assessment_answer WHERE project_id = :projectId";
    private static final String MONTHS = "SELECT * FROM project_actuals WHERE project_id = :projectId";

    private record Approval(UUID changeId, ApprovalRow row) {}

    private final ReadModelWrites jdbc;
    private final JsonColumns json;

    ProjectDetails(ReadModelWrites jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ProjectDetail> find(UUID projectId) {
        return rows(PROJECT, projectId, this::project).stream().findFirst().map(project -> {
            String currency = project.currency();
            Map<UUID, List<ApprovalRow>> approvals = new HashMap<>();
            rows(APPROVALS, projectId, ProjectDetails::approval)
                    .forEach(given -> approvals
                            .computeIfAbsent(given.changeId(), id -> new ArrayList<>())
                            .add(given.row()));
            return new ProjectDetailRows(
                            project,
                            rows(CHANGES, projectId, this::change),
                            approvals,
                            rows(ESTIMATES, projectId, (rs, n) -> estimate(rs, currency)),
                            rows(ROI_CASES, projectId, this::roiCase),
                            rows(ANSWERS, projectId, ProjectDetails::answer),
                            rows(MONTHS, projectId, (rs, n) -> month(rs, currency)))
                    .detail();
        });
    }

    @Override
    public List<String> reads() {
        return List.of(PROJECT, CHANGES, APPROVALS, ESTIMATES, ROI_CASES, ANSWERS, MONTHS);
    }

    private <T> List<T> rows(String sql, UUID projectId, RowMapper<T> row) {
        return jdbc.read(sql, new MapSqlParameterSource("projectId", projectId), row);
    }

    private static Approval approval(ResultSet rs, int n) throws SQLException {
        return new Approval(
                rs.getObject("change_id", UUID.class),
                new ApprovalRow(
                        new Actor(
                                rs.getString("user_id"),
                                rs.getString("display_name"),
                                Side.valueOf(rs.getString("side"))),
                        rs.getInt("version"),
                        rs.getString("comment"),
                        instant(rs, "approved_at"),
                        rs.getBoolean("voided"),
                        onBehalfOf(rs)));
    }

    /** The delegator an approval was given on behalf of: of the approver's side, as delegations never cross sides. */
    private static Actor onBehalfOf(ResultSet rs) throws SQLException {
        return rs.getString("on_behalf_of_id") == null
                ? null
                : new Actor(
                        rs.getString("on_behalf_of_id"),
                        rs.getString("on_behalf_of_name"),
                        Side.valueOf(rs.getString("side")),
                        rs.getBoolean("on_behalf_of_lead"));
    }

    private ProjectDetailRow project(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        return new ProjectDetailRow(
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("sponsor"),
                rs.getString("department"),
                strings(rs.getString("processes_improved")),
                strings(rs.getString("company_objectives")),
                strings(rs.getString("it_objectives")),
                rs.getInt("fiscal_year"),
                ProjectStatus.valueOf(rs.getString("status")),
                Rows.money(rs, "requested_amount", currency),
                Rows.money(rs, "approved_amount", currency),
                new ReviewPolicy(
                        rs.getInt("review_interval_months"),
                        rs.getBigDecimal("spend_overrun_percent"),
                        rs.getBigDecimal("benefit_shortfall_percent")),
                rs.getObject("open_reassessment_id", UUID.class),
                rs.getString("open_reassessment_reason"),
                Rows.actor(rs, "proposed_by"),
                instant(rs, "proposed_at"));
    }

    /** A change without its approvals, which are read on their own. */
    private ChangeRow change(ResultSet rs, int n) throws SQLException {
        return new ChangeRow(
                rs.getObject("change_id", UUID.class),
                ChangeKind.valueOf(rs.getString("kind")),
                rs.getInt("version"),
                new ChangeTerms(
                        Rows.money(rs, "budget_amount", rs.getString("budget_currency")),
                        rs.getString("scope"),
                        rs.getObject("target_date", LocalDate.class),
                        jsonOrNull(rs, "review_policy", ReviewPolicy.class),
                        jsonOrNull(rs, "conclusion", ReassessmentConclusion.class)),
                rs.getString("rationale"),
                ChangeState.valueOf(rs.getString("state")),
                Rows.actor(rs, "requested_by"),
                instant(rs, "requested_at"),
                List.of(),
                instant(rs, "decided_at"),
                rs.getString("decision_reason"));
    }

    private <T> T jsonOrNull(ResultSet rs, String column, Class<T> type) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : json.read(column, text, type);
    }

    private static EstimateRow estimate(ResultSet rs, String currency) throws SQLException {
        return new EstimateRow(
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
                instant(rs, "submitted_at"));
    }

    private RoiCaseRow roiCase(ResultSet rs, int n) throws SQLException {
        return new RoiCaseRow(
                rs.getInt("version"),
                json.read("project_roi_case", rs.getString("benefits"), new TypeReference<List<ExpectedBenefit>>() {}),
                rs.getBigDecimal("discount_rate_percent"),
                rs.getInt("estimate_version"),
                new RoiFigures(
                        rs.getBigDecimal("npv"),
                        rs.getBigDecimal("irr_percent"),
                        rs.getBigDecimal("payback_years"),
                        rs.getBigDecimal("roi_percent")),
                rs.getString("recorded_by_name"),
                instant(rs, "recorded_at"));
    }

    private static AssessmentAnswerRow answer(ResultSet rs, int n) throws SQLException {
        return new AssessmentAnswerRow(
                rs.getInt("round"),
                Side.valueOf(rs.getString("side")),
                AssessmentQuestion.valueOf(rs.getString("question")),
                rs.getInt("rating"),
                rs.getString("rationale"),
                rs.getString("answered_by_name"),
                instant(rs, "answered_at"));
    }

    private static ActualsRow month(ResultSet rs, String currency) throws SQLException {
        return new ActualsRow(
                YearMonth.parse(rs.getString("period")),
                rs.getDate("business_date").toLocalDate(),
                Rows.money(rs, "spend", currency),
                Rows.money(rs, "benefits", currency));
    }

    private List<String> strings(String array) {
        return json.read("project_detail", array, new TypeReference<>() {});
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
