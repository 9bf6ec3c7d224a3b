package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.ReviewPolicy;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes project_detail, a project's own row. */
@Component
class ProjectDetailWriter implements TableWriter {

    private static final RowStatement PROPOSED = RowStatement.batched("""
            INSERT INTO project_detail (project_id, title, description, sponsor, department, processes_improved,
                company_objectives, it_objectives, fiscal_year, currency, status, requested_amount,
                review_interval_months, spend_overrun_percent, benefit_shortfall_percent,
                proposed_by_id, proposed_by_name, proposed_by_side, proposed_at)
            VALUES (:projectId, :title, :description, :sponsor, :department, :processesImproved,
                :companyObjectives, :itObjectives, :fiscalYear, :currency, :status, :requestedAmount,
                :reviewIntervalMonths, :spendOverrunPercent, :benefitShortfallPercent,
                :proposedById, :proposedByName, :proposedBySide, :proposedAt)
            ON CONFLICT (project_id) DO NOTHING""");

    private static final RowStatement OPEN_REASSESSMENT = RowStatement.batched("""
            UPDATE project_detail SET open_reassessment_id = :reassessmentId, open_reassessment_reason = :reason
            WHERE project_id = :projectId""");

    private static final RowStatement REVIEW_POLICY_SET = RowStatement.batched("""
            UPDATE project_detail SET review_interval_months = :reviewIntervalMonths,
                spend_overrun_percent = :spendOverrunPercent, benefit_shortfall_percent = :benefitShortfallPercent
            WHERE project_id = :projectId""");

    private final ReadModelWrites writes;
    private final JsonColumns json;

    ProjectDetailWriter(ReadModelWrites writes, JsonColumns json) {
        this.writes = writes;
        this.json = json;
    }

    void proposed(ProjectDetailRow project) {
        writes.write(
                PROPOSED,
                policy(project.projectId(), project.reviewPolicy())
                        .addValue("title", project.title())
                        .addValue("description", project.description())
                        .addValue("sponsor", project.sponsor(), Types.VARCHAR)
                        .addValue("department", project.department(), Types.VARCHAR)
                        .addValue("processesImproved", json.write(project.processesImproved()))
                        .addValue("companyObjectives", json.write(project.companyObjectives()))
                        .addValue("itObjectives", json.write(project.itObjectives()))
                        .addValue("fiscalYear", project.fiscalYear())
                        .addValue("currency", project.currency())
                        .addValue("status", project.status().name())
                        .addValue("requestedAmount", project.requestedBudget().amount())
                        .addValue("proposedById", project.proposedBy().userId())
                        .addValue("proposedByName", project.proposedBy().displayName())
                        .addValue("proposedBySide", Sides.of(project.proposedBy()), Types.VARCHAR)
                        .addValue("proposedAt", Timestamp.from(project.proposedAt())));
    }

    /** @param reassessmentId null when none is open any more */
    void openReassessment(UUID projectId, UUID reassessmentId, String reason) {
        writes.write(
                OPEN_REASSESSMENT,
                new MapSqlParameterSource("projectId", projectId)
                        .addValue("reassessmentId", reassessmentId)
                        .addValue("reason", reason, Types.VARCHAR));
    }

    void reviewPolicySet(UUID projectId, ReviewPolicy policy) {
        writes.write(REVIEW_POLICY_SET, policy(projectId, policy));
    }

    private static MapSqlParameterSource policy(UUID projectId, ReviewPolicy policy) {
        return new MapSqlParameterSource("projectId", projectId)
                .addValue("reviewIntervalMonths", policy.reviewIntervalMonths())
                .addValue("spendOverrunPercent", policy.spendOverrunPercent())
                .addValue("benefitShortfallPercent", policy.benefitShortfallPercent());
    }

    @Override
    public String table() {
        return "project_detail";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(PROPOSED, OPEN_REASSESSMENT, REVIEW_POLICY_SET);
    }
}
