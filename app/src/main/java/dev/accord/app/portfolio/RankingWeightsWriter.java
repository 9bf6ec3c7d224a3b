package dev.accord.app.portfolio;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.portfolio.api.PendingRankingWeights;
import dev.accord.domain.portfolio.api.RankingFactor;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.shared.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code portfolio_ranking_weights}: a year's ranking weights in force and the request to change them, if any.
 * Each weight has a column of its own, named after its {@link RankingFactor} ({@code clear_roi_weight}).
 */
@Component
class RankingWeightsWriter implements TableWriter {

    // An upsert, sent on its own: a year's key may come twice in a run a rebuild batches.
    private static final RowStatement REQUESTED = RowStatement.single("""
            INSERT INTO portfolio_ranking_weights (fiscal_year, pending_change_id, pending_roi_weight,
                pending_npv_weight, pending_clear_roi_weight, pending_process_delivery_weight,
                pending_long_term_objectives_weight, pending_competitive_advantage_weight, pending_rationale,
                pending_requested_by_id, pending_requested_by_name)
            VALUES (:fiscalYear, :changeId, :roi, :npv, :clearRoi, :processDelivery, :longTermObjectives,
                :competitiveAdvantage, :rationale, :requestedById, :requestedByName)
            ON CONFLICT (fiscal_year) DO UPDATE
            SET pending_change_id = excluded.pending_change_id, pending_roi_weight = excluded.pending_roi_weight,
                pending_npv_weight = excluded.pending_npv_weight,
                pending_clear_roi_weight = excluded.pending_clear_roi_weight,
                pending_process_delivery_weight = excluded.pending_process_delivery_weight,
                pending_long_term_objectives_weight = excluded.pending_long_term_objectives_weight,
                pending_competitive_advantage_weight = excluded.pending_competitive_advantage_weight,
                pending_rationale = excluded.pending_rationale,
                pending_requested_by_id = excluded.pending_requested_by_id,
                pending_requested_by_name = excluded.pending_requested_by_name,
                pending_finance_approved = FALSE, pending_it_approved = FALSE""");
    // Sets what the approval says; approving again sets it again.
    private static final RowStatement APPROVED = RowStatement.batched("""
            UPDATE portfolio_ranking_weights
            SET pending_finance_approved = pending_finance_approved OR :side = 'FINANCE',
                pending_it_approved = pending_it_approved OR :side = 'IT'
            WHERE fiscal_year = :fiscalYear AND pending_change_id = :changeId""");
    private static final RowStatement SET = RowStatement.batched("""
            UPDATE portfolio_ranking_weights
            SET roi_weight = :roi, npv_weight = :npv, clear_roi_weight = :clearRoi,
                process_delivery_weight = :processDelivery, long_term_objectives_weight = :longTermObjectives,
                competitive_advantage_weight = :competitiveAdvantage,
                %s
            WHERE fiscal_year = :fiscalYear""".formatted(noneAwaiting()));
    private static final RowStatement REJECTED = RowStatement.batched("""
            UPDATE portfolio_ranking_weights SET %s WHERE fiscal_year = :fiscalYear""".formatted(noneAwaiting()));

    /** A year's row read back; {@link YearRankingWeights#NONE_SET} stands for a year without one. */
    static final RowMapper<YearRankingWeights> ROW = RankingWeightsWriter::read;

    private final ReadModelWrites writes;

    RankingWeightsWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void requested(int fiscalYear, PendingRankingWeights pending) {
        writes.write(
                REQUESTED,
                weights(year(fiscalYear), pending.weights())
                        .addValue("changeId", pending.changeId())
                        .addValue("rationale", pending.rationale())
                        .addValue("requestedById", pending.requestedById())
                        .addValue("requestedByName", pending.requestedByName()));
    }

    void approved(int fiscalYear, UUID changeId, Side side) {
        writes.write(APPROVED, year(fiscalYear).addValue("changeId", changeId).addValue("side", side.name()));
    }

    void set(int fiscalYear, RankingWeights weights) {
        writes.write(SET, weights(year(fiscalYear), weights));
    }

    void rejected(int fiscalYear) {
        writes.write(REJECTED, year(fiscalYear));
    }

    private static String noneAwaiting() {
        return """
                pending_change_id = NULL, pending_roi_weight = NULL, pending_npv_weight = NULL,
                pending_clear_roi_weight = NULL, pending_process_delivery_weight = NULL,
                pending_long_term_objectives_weight = NULL, pending_competitive_advantage_weight = NULL,
                pending_rationale = NULL, pending_requested_by_id = NULL, pending_requested_by_name = NULL,
                pending_finance_approved = FALSE, pending_it_approved = FALSE""";
    }

    private static MapSqlParameterSource weights(MapSqlParameterSource parameters, RankingWeights weights) {
        for (RankingFactor factor : RankingFactor.values()) {
            parameters.addValue(factor.field(), weights.of(factor));
        }
        return parameters;
    }

    private static YearRankingWeights read(ResultSet rs, int row) throws SQLException {
        RankingWeights inForce = weights(rs, "");
        UUID pendingChange = rs.getObject("pending_change_id", UUID.class);
        PendingRankingWeights pending = null;
        if (pendingChange != null) {
            Set<Side> approvedBy = EnumSet.noneOf(Side.class);
            if (rs.getBoolean("pending_finance_approved")) {
                approvedBy.add(Side.FINANCE);
            }
            if (rs.getBoolean("pending_it_approved")) {
                approvedBy.add(Side.IT);
            }
            pending = new PendingRankingWeights(
                    pendingChange,
                    1,
                    weights(rs, "pending_"),
                    rs.getString("pending_rationale"),
                    rs.getString("pending_requested_by_id"),
                    rs.getString("pending_requested_by_name"),
                    approvedBy);
        }
        return new YearRankingWeights(inForce == null ? RankingWeights.DEFAULT : inForce, inForce != null, pending);
    }

    /** The weights in the columns with this prefix; null when none were set. */
    private static RankingWeights weights(ResultSet rs, String prefix) throws SQLException {
        if (rs.getObject(prefix + column(RankingFactor.ROI)) == null) {
            return null;
        }
        return new RankingWeights(
                rs.getInt(prefix + column(RankingFactor.ROI)),
                rs.getInt(prefix + column(RankingFactor.NPV)),
                rs.getInt(prefix + column(RankingFactor.CLEAR_ROI)),
                rs.getInt(prefix + column(RankingFactor.PROCESS_DELIVERY)),
                rs.getInt(prefix + column(RankingFactor.LONG_TERM_OBJECTIVES)),
                rs.getInt(prefix + column(RankingFactor.COMPETITIVE_ADVANTAGE)));
    }

    private static String column(RankingFactor factor) {
        return factor.name().toLowerCase(java.util.Locale.ROOT) + "_weight";
    }

    private static MapSqlParameterSource year(int fiscalYear) {
        return new MapSqlParameterSource("fiscalYear", fiscalYear);
    }

    @Override
    public String table() {
        return "portfolio_ranking_weights";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(REQUESTED, APPROVED, SET, REJECTED);
    }
}
