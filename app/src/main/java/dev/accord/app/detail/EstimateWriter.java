package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.EstimateRow;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes project_estimate: every version of every estimate; a new one supersedes, never erases, the old. */
@Component
class EstimateWriter implements TableWriter {

    private static final RowStatement SUBMITTED = RowStatement.batched("""
            INSERT INTO project_estimate (project_id, version, side, one_time_cost, recurring_yearly_cost,
                horizon_years, total_cost, low, high, assumptions, submitted_by_id, submitted_by_name, submitted_at)
            VALUES (:projectId, :version, :side, :oneTimeCost, :recurringYearlyCost,
                :horizonYears, :totalCost, :low, :high, :assumptions, :submittedById, :submittedByName, :submittedAt)
            ON CONFLICT (project_id, version) DO NOTHING""");

    private static final RowStatement FORGET_ALL = RowStatement.single("DELETE FROM project_estimate");

    private final ReadModelWrites writes;

    EstimateWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void submitted(UUID projectId, EstimateRow estimate, String submittedById) {
        writes.write(
                SUBMITTED,
                new MapSqlParameterSource("projectId", projectId)
                        .addValue("version", estimate.version())
                        .addValue("side", estimate.side().name())
                        .addValue("oneTimeCost", estimate.oneTimeCost().amount())
                        .addValue(
                                "recurringYearlyCost",
                                estimate.recurringYearlyCost().amount())
                        .addValue("horizonYears", estimate.horizonYears())
                        .addValue("totalCost", estimate.totalCost().amount())
                        .addValue("low", estimate.low().amount())
                        .addValue("high", estimate.high().amount())
                        .addValue("assumptions", estimate.assumptions())
                        .addValue("submittedById", submittedById)
                        .addValue("submittedByName", estimate.submittedBy())
                        .addValue("submittedAt", Timestamp.from(estimate.at())));
    }

    void forgetAll() {
        writes.write(FORGET_ALL, EmptySqlParameterSource.INSTANCE);
    }

    @Override
    public String table() {
        return "project_estimate";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(SUBMITTED, FORGET_ALL);
    }
}
