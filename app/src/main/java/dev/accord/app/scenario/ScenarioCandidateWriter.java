package dev.accord.app.scenario;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.BenefitsPlan;
import dev.accord.domain.project.api.RoiCaseRecorded;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code scenario_candidate}: what a scenario weighs each project of the year by, besides the portfolio's
 * ranking. The proposal's insert does nothing for a key it has seen, the rest are updates: all may be batched.
 */
@Component
class ScenarioCandidateWriter implements TableWriter {

    private static final RowStatement PROPOSED = RowStatement.batched("""
            INSERT INTO scenario_candidate (project_id, fiscal_year, currency, current_budget)
            VALUES (:projectId, :fiscalYear, :currency, :budget)
            ON CONFLICT (project_id) DO NOTHING""");
    private static final RowStatement INITIAL_CHANGE = RowStatement.batched(
            "UPDATE scenario_candidate SET initial_change_id = :changeId WHERE project_id = :projectId");
    private static final RowStatement BUDGET = RowStatement.batched(
            "UPDATE scenario_candidate SET current_budget = :budget WHERE project_id = :projectId");
    private static final RowStatement ROI_CASE = RowStatement.batched("""
            UPDATE scenario_candidate
            SET one_time_cost = :oneTimeCost, recurring_yearly_cost = :recurringYearlyCost,
                yearly_benefit = :yearlyBenefit, horizon_years = :horizonYears
            WHERE project_id = :projectId""");
    private static final String YEAR_OF = "SELECT fiscal_year FROM scenario_candidate WHERE project_id = :projectId";

    private final ReadModelWrites writes;

    ScenarioCandidateWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void proposed(UUID projectId, int fiscalYear, String currency, BigDecimal requested) {
        writes.write(
                PROPOSED,
                project(projectId)
                        .addValue("fiscalYear", fiscalYear)
                        .addValue("currency", currency)
                        .addValue("budget", requested));
    }

    void initialChange(UUID projectId, UUID changeId) {
        writes.write(INITIAL_CHANGE, project(projectId).addValue("changeId", changeId));
    }

    /** The budget now: a proposal's requested budget as revised, or the budget a decision applied. */
    void budget(UUID projectId, BigDecimal budget) {
        writes.write(BUDGET, project(projectId).addValue("budget", budget));
    }

    /** The money side of the latest ROI case, as it was computed: its estimate's costs and its benefits a year. */
    void roiCase(RoiCaseRecorded roiCase) {
        writes.write(
                ROI_CASE,
                project(roiCase.projectId())
                        .addValue(
                                "oneTimeCost", roiCase.costBasis().oneTimeCost().amount())
                        .addValue(
                                "recurringYearlyCost",
                                roiCase.costBasis().recurringYearlyCost().amount())
                        .addValue(
                                "yearlyBenefit",
                                BenefitsPlan.of(roiCase.benefits()).yearly())
                        .addValue("horizonYears", roiCase.costBasis().horizonYears()));
    }

    /** The fiscal year of a project this read model knows. */
    Optional<Integer> yearOf(UUID projectId) {
        return writes.read(YEAR_OF, project(projectId), (rs, n) -> rs.getInt("fiscal_year")).stream()
                .findFirst();
    }

    private static MapSqlParameterSource project(UUID projectId) {
        return new MapSqlParameterSource("projectId", projectId);
    }

    @Override
    public String table() {
        return "scenario_candidate";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(PROPOSED, INITIAL_CHANGE, BUDGET, ROI_CASE);
    }

    @Override
    public List<String> reads() {
        return List.of(YEAR_OF);
    }
}
