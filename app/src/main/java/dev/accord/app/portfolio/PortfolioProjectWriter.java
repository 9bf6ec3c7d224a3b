package dev.accord.app.portfolio;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.RoiFigures;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code portfolio_project}: one statement per thing that happens to a project of the year. Every one may go
 * in a rebuild's batches: the proposal's insert does nothing for a key it has seen, and the rest are updates.
 */
@Component
class PortfolioProjectWriter implements TableWriter {

    private static final RowStatement PROPOSED = RowStatement.batched("""
            INSERT INTO portfolio_project (project_id, fiscal_year, title, status, currency, requested_amount,
                department)
            VALUES (:projectId, :fiscalYear, :title, :status, :currency, :requested, :department)
            ON CONFLICT (project_id) DO NOTHING""");
    private static final RowStatement STATUS_CHANGED =
            RowStatement.batched("UPDATE portfolio_project SET status = :status WHERE project_id = :projectId");
    private static final RowStatement FIGURES_RECORDED = RowStatement.batched("""
            UPDATE portfolio_project SET npv = :npv, roi_percent = :roiPercent, irr_percent = :irrPercent
            WHERE project_id = :projectId""");
    private static final RowStatement SPEND_TO_DATE = RowStatement.batched(
            "UPDATE portfolio_project SET spend_to_date = :spendToDate WHERE project_id = :projectId");
    private static final RowStatement ALLOCATED = RowStatement.batched(
            "UPDATE portfolio_project SET allocated_amount = :allocated WHERE project_id = :projectId");
    private static final String YEAR_OF = "SELECT fiscal_year FROM portfolio_project WHERE project_id = :projectId";

    private final ReadModelWrites writes;

    PortfolioProjectWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void proposed(PortfolioProjectRow row) {
        writes.write(
                PROPOSED,
                project(row.projectId())
                        .addValue("fiscalYear", row.fiscalYear())
                        .addValue("title", row.title())
                        .addValue("status", row.status().name())
                        .addValue("currency", row.currency())
                        .addValue("requested", row.requested())
                        .addValue("department", row.department(), Types.VARCHAR));
    }

    void statusChanged(UUID projectId, ProjectStatus status) {
        writes.write(STATUS_CHANGED, project(projectId).addValue("status", status.name()));
    }

    void figuresRecorded(UUID projectId, RoiFigures figures) {
        // Typed: a figure may be unknown (a case without an IRR), and a typed NULL leaves JDBC nothing to guess.
        writes.write(
                FIGURES_RECORDED,
                project(projectId)
                        .addValue("npv", figures.npv(), Types.NUMERIC)
                        .addValue("roiPercent", figures.roiPercent(), Types.NUMERIC)
                        .addValue("irrPercent", figures.irrPercent(), Types.NUMERIC));
    }

    void spendToDate(UUID projectId, BigDecimal spendToDate) {
        writes.write(SPEND_TO_DATE, project(projectId).addValue("spendToDate", spendToDate));
    }

    void allocated(UUID projectId, BigDecimal allocation) {
        writes.write(ALLOCATED, project(projectId).addValue("allocated", allocation));
    }

    /** The fiscal year a project belongs to, read from this read model's own rows. */
    Optional<Integer> yearOf(UUID projectId) {
        return writes.read(YEAR_OF, project(projectId), (rs, n) -> rs.getInt("fiscal_year")).stream()
                .findFirst();
    }

    private static MapSqlParameterSource project(UUID projectId) {
        return new MapSqlParameterSource("projectId", projectId);
    }

    @Override
    public String table() {
        return "portfolio_project";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(PROPOSED, STATUS_CHANGED, FIGURES_RECORDED, SPEND_TO_DATE, ALLOCATED);
    }

    @Override
    public List<String> reads() {
        return List.of(YEAR_OF);
    }
}
