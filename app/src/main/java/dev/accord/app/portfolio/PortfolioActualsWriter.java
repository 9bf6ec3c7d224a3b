package dev.accord.app.portfolio;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes {@code portfolio_actuals}: a project's spend for one month, filed under the project's fiscal year. */
@Component
class PortfolioActualsWriter implements TableWriter {

    /**
     * A month recorded again replaces the earlier figure ({@code MonthlyActuals}' rule, kept here by the table's key
     * and the upsert). The year comes from the project's row; a month of a project the portfolio does not know
     * changes nothing. Batched although a correction may follow its month in the same run: the driver merges only
     * {@code INSERT … VALUES} into one multi-row statement, so a batch of this {@code INSERT … SELECT} runs one by
     * one and the later month wins.
     */
    private static final RowStatement MONTH_RECORDED = RowStatement.batched("""
            INSERT INTO portfolio_actuals (project_id, period, fiscal_year, spend)
            SELECT project_id, :period, fiscal_year, :spend FROM portfolio_project WHERE project_id = :projectId
            ON CONFLICT (project_id, period) DO UPDATE SET spend = excluded.spend""");

    private static final RowStatement FORGET_ALL = RowStatement.single("DELETE FROM portfolio_actuals");

    private final ReadModelWrites writes;

    PortfolioActualsWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void monthRecorded(UUID projectId, YearMonth period, BigDecimal spend) {
        writes.write(
                MONTH_RECORDED,
                new MapSqlParameterSource("projectId", projectId)
                        .addValue("period", period.toString())
                        .addValue("spend", spend));
    }

    void forgetAll() {
        writes.write(FORGET_ALL, EmptySqlParameterSource.INSTANCE);
    }

    @Override
    public String table() {
        return "portfolio_actuals";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(MONTH_RECORDED, FORGET_ALL);
    }
}
