package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.ActualsRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes project_actuals: one row per month, as last recorded. */
@Component
class ActualsWriter implements TableWriter {

    /**
     * A month recorded again replaces the row, so the same month may come twice in a run of this statement. It begins
     * with WITH so that the driver sends a batch of it as it is, statement after statement (the later of two for one
     * month wins), and never merges it into one multi-row INSERT, in which the same key twice is an error. That lets
     * a rebuild send a run of months, a large share of a ledger's events, in one round trip.
     */
    private static final RowStatement MONTH_RECORDED = RowStatement.batched("""
            WITH month (project_id, period, business_date, spend, benefits, recorded_at) AS (
                VALUES (:projectId, :period, :businessDate, :spend, :benefits, CAST(:recordedAt AS TIMESTAMPTZ)))
            INSERT INTO project_actuals (project_id, period, business_date, spend, benefits, recorded_at)
            SELECT project_id, period, business_date, spend, benefits, recorded_at FROM month
            ON CONFLICT (project_id, period) DO UPDATE SET business_date = excluded.business_date,
                spend = excluded.spend, benefits = excluded.benefits, recorded_at = excluded.recorded_at""");

    private static final RowStatement FORGET_ALL = RowStatement.single("DELETE FROM project_actuals");

    private final ReadModelWrites writes;

    ActualsWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void monthRecorded(UUID projectId, ActualsRow month, Instant at) {
        writes.write(
                MONTH_RECORDED,
                new MapSqlParameterSource("projectId", projectId)
                        .addValue("period", month.period().toString())
                        .addValue("businessDate", month.businessDate())
                        .addValue("spend", month.spend().amount())
                        .addValue("benefits", month.benefits().amount())
                        .addValue("recordedAt", Timestamp.from(at)));
    }

    void forgetAll() {
        writes.write(FORGET_ALL, EmptySqlParameterSource.INSTANCE);
    }

    @Override
    public String table() {
        return "project_actuals";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(MONTH_RECORDED, FORGET_ALL);
    }
}
