package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.RoiCaseRow;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes project_roi_case: every version recorded, with the figures shown when it was recorded. */
@Component
class RoiCaseWriter implements TableWriter {

    private static final RowStatement RECORDED = RowStatement.batched("""
            INSERT INTO project_roi_case (project_id, version, benefits, discount_rate_percent, estimate_version, npv,
                irr_percent, payback_years, roi_percent, recorded_by_id, recorded_by_name, recorded_at)
            VALUES (:projectId, :version, :benefits, :discountRatePercent, :estimateVersion, :npv,
                :irrPercent, :paybackYears, :roiPercent, :recordedById, :recordedByName, :recordedAt)
            ON CONFLICT (project_id, version) DO NOTHING""");

    private static final RowStatement FORGET_ALL = RowStatement.single("DELETE FROM project_roi_case");

    private final ReadModelWrites writes;
    private final JsonColumns json;

    RoiCaseWriter(ReadModelWrites writes, JsonColumns json) {
        this.writes = writes;
        this.json = json;
    }

    void recorded(UUID projectId, RoiCaseRow roiCase, String recordedById) {
        writes.write(
                RECORDED,
                new MapSqlParameterSource("projectId", projectId)
                        .addValue("version", roiCase.version())
                        .addValue("benefits", json.write(roiCase.benefits()))
                        .addValue("discountRatePercent", roiCase.discountRatePercent())
                        .addValue("estimateVersion", roiCase.estimateVersion())
                        .addValue("npv", roiCase.figures().npv())
                        .addValue("irrPercent", roiCase.figures().irrPercent(), Types.NUMERIC)
                        .addValue("paybackYears", roiCase.figures().paybackYears(), Types.NUMERIC)
                        .addValue("roiPercent", roiCase.figures().roiPercent(), Types.NUMERIC)
                        .addValue("recordedById", recordedById)
                        .addValue("recordedByName", roiCase.recordedBy())
                        .addValue("recordedAt", Timestamp.from(roiCase.at())));
    }

    void forgetAll() {
        writes.write(FORGET_ALL, EmptySqlParameterSource.INSTANCE);
    }

    @Override
    public String table() {
        return "project_roi_case";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(RECORDED, FORGET_ALL);
    }
}
