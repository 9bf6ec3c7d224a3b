package dev.accord.app.project;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes project_summary: one row per project, as the projects list shows it. */
@Component
class ProjectSummaryRows implements TableWriter {

    static final RowStatement PROPOSE = RowStatement.batched("""
            INSERT INTO project_summary (project_id, title, description, status, requested_amount, requested_currency,
                proposed_by_id, proposed_by_name, proposed_by_side, proposed_at, fiscal_year, last_event_at)
            VALUES (:projectId, :title, :description, :status, :requestedAmount, :requestedCurrency, :proposedById,
                :proposedByName, :proposedBySide, :at, :fiscalYear, :at)
            ON CONFLICT (project_id) DO NOTHING""");

    /** A decision that took effect: its status, and its budget if it set one. */
    static final RowStatement DECIDE = RowStatement.batched("""
            UPDATE project_summary SET status = :status, last_event_at = :at,
                approved_amount = coalesce(:approvedAmount, approved_amount),
                approved_currency = coalesce(:approvedCurrency, approved_currency)
            WHERE project_id = :projectId""");

    static final RowStatement STATUS = RowStatement.batched(
            "UPDATE project_summary SET status = :status, last_event_at = :at WHERE project_id = :projectId");

    static final RowStatement SPEND = RowStatement.batched("""
            UPDATE project_summary SET spend_to_date = :spendToDate, last_event_at = :at
            WHERE project_id = :projectId""");

    static final RowStatement ROI = RowStatement.batched("""
            UPDATE project_summary SET npv = :npv, roi_percent = :roiPercent, irr_percent = :irrPercent,
                last_event_at = :at
            WHERE project_id = :projectId""");

    private final ReadModelWrites writes;

    ProjectSummaryRows(ReadModelWrites writes) {
        this.writes = writes;
    }

    void propose(ProjectProposed proposal, Instant at) {
        writes.write(
                PROPOSE,
                row(proposal.projectId(), at)
                        .addValue("title", proposal.title())
                        .addValue("description", proposal.description())
                        .addValue("status", ProjectStatus.PROPOSED.name())
                        .addValue("requestedAmount", proposal.requestedBudget().amount())
                        .addValue(
                                "requestedCurrency", proposal.requestedBudget().currency())
                        .addValue("proposedById", proposal.proposedBy().userId())
                        .addValue("proposedByName", proposal.proposedBy().displayName())
                        .addValue(
                                "proposedBySide",
                                proposal.proposedBy().side() == null
                                        ? null
                                        : proposal.proposedBy().side().name())
                        .addValue("fiscalYear", proposal.fiscalYear()));
    }

    /** @param approvedBudget the budget the decision set, or null if it left it as it was */
    void decide(UUID projectId, ProjectStatus status, Money approvedBudget, Instant at) {
        writes.write(
                DECIDE,
                row(projectId, at)
                        .addValue("status", status.name())
                        .addValue("approvedAmount", approvedBudget == null ? null : approvedBudget.amount())
                        .addValue("approvedCurrency", approvedBudget == null ? null : approvedBudget.currency()));
    }

    void status(UUID projectId, ProjectStatus status, Instant at) {
        writes.write(STATUS, row(projectId, at).addValue("status", status.name()));
    }

    void spend(UUID projectId, BigDecimal spendToDate, Instant at) {
        writes.write(SPEND, row(projectId, at).addValue("spendToDate", spendToDate));
    }

    void roi(UUID projectId, RoiFigures figures, Instant at) {
        writes.write(
                ROI,
                row(projectId, at)
                        .addValue("npv", figures.npv())
                        .addValue("roiPercent", figures.roiPercent())
                        .addValue("irrPercent", figures.irrPercent()));
    }

    /** The row as written so far, held-back writes included. */
    Optional<ProjectSummary> find(UUID projectId) {
        return writes
                .read(ProjectSummaries.ONE, new MapSqlParameterSource("projectId", projectId), ProjectSummaries.ROW)
                .stream()
                .findFirst();
    }

    @Override
    public String table() {
        return "project_summary";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(PROPOSE, DECIDE, STATUS, SPEND, ROI);
    }

    @Override
    public List<String> reads() {
        return List.of(ProjectSummaries.ONE);
    }

    private static MapSqlParameterSource row(UUID projectId, Instant at) {
        return new MapSqlParameterSource().addValue("projectId", projectId).addValue("at", Timestamp.from(at));
    }
}
