package dev.accord.app.scenario;

import dev.accord.domain.portfolio.api.DiscountRate;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.scenario.api.FindScenario;
import dev.accord.domain.scenario.api.FindScenarioBasis;
import dev.accord.domain.scenario.api.FindScenarios;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The year's saved scenarios from their tables, and what they are weighed against: the portfolio as it ranks the
 * year (asked for as any reader asks, so ranking and fit stay the portfolio's), with each project's budget now and ROI
 * case from this read model.
 */
@Component
class ScenarioQueries {

    private final JdbcClient jdbc;
    private final QueryGateway queries;
    private final String ledgerCurrency;

    ScenarioQueries(JdbcClient jdbc, QueryGateway queries, @Value("${accord.currency}") String ledgerCurrency) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.ledgerCurrency = ledgerCurrency;
    }

    @QueryHandler
    List<SavedScenario> handle(FindScenarios query) {
        List<Row> rows = jdbc.sql("SELECT * FROM scenario WHERE fiscal_year = :fiscalYear ORDER BY lower(name), name")
                .param("fiscalYear", query.fiscalYear())
                .query((rs, n) -> row(rs))
                .list();
        Map<UUID, List<ScenarioProject>> projects = projectsOf(query.fiscalYear());
        return rows.stream()
                .map(row -> row.scenario(projects.getOrDefault(row.scenarioId(), List.of()), ledgerCurrency))
                .toList();
    }

    /** Empty when the year has no such scenario (never saved, or discarded). */
    @QueryHandler
    Optional<SavedScenario> handle(FindScenario query) {
        Optional<Row> found = jdbc.sql(
                        "SELECT * FROM scenario WHERE scenario_id = :scenarioId AND fiscal_year = :fiscalYear")
                .param("scenarioId", query.scenarioId())
                .param("fiscalYear", query.fiscalYear())
                .query((rs, n) -> row(rs))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<ScenarioProject> projects = jdbc.sql(
                        "SELECT * FROM scenario_project WHERE scenario_id = :scenarioId ORDER BY position")
                .param("scenarioId", query.scenarioId())
                .query((rs, n) -> project(rs))
                .list();
        return Optional.of(found.get().scenario(projects, ledgerCurrency));
    }

    @QueryHandler
    ScenarioBasis handle(FindScenarioBasis query) {
        PortfolioSummary portfolio = queries.query(
                        new FindPortfolio(query.fiscalYear()), ResponseTypes.instanceOf(PortfolioSummary.class))
                .join();
        Map<UUID, CandidateRow> rows = new HashMap<>();
        jdbc.sql("SELECT * FROM scenario_candidate WHERE fiscal_year = :fiscalYear")
                .param("fiscalYear", query.fiscalYear())
                .query((rs, n) -> candidate(rs))
                .list()
                .forEach(row -> rows.put(row.projectId(), row));
        List<ScenarioCandidate> candidates = new ArrayList<>();
        for (RankedProject ranked : portfolio.projects()) {
            candidates.add(
                    rows.getOrDefault(ranked.projectId(), CandidateRow.NOT_YET).candidate(ranked));
        }
        return new ScenarioBasis(
                query.fiscalYear(),
                portfolio.allocated().currency(),
                portfolio.budget(),
                portfolio.discountRatePercent() == null
                        ? DiscountRate.DEFAULT_PERCENT
                        : portfolio.discountRatePercent(),
                List.copyOf(candidates));
    }

    private Map<UUID, List<ScenarioProject>> projectsOf(int fiscalYear) {
        Map<UUID, List<ScenarioProject>> projects = new HashMap<>();
        jdbc.sql("""
                        SELECT p.* FROM scenario_project p JOIN scenario s USING (scenario_id)
                        WHERE s.fiscal_year = :fiscalYear ORDER BY p.scenario_id, p.position""")
                .param("fiscalYear", fiscalYear)
                .query((rs, n) -> Map.entry(rs.getObject("scenario_id", UUID.class), project(rs)))
                .list()
                .forEach(entry -> projects.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        return projects;
    }

    private static ScenarioProject project(ResultSet rs) throws SQLException {
        return new ScenarioProject(
                rs.getObject("project_id", UUID.class),
                new Money(rs.getBigDecimal("amount"), rs.getString("currency")));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject("scenario_id", UUID.class),
                rs.getInt("fiscal_year"),
                rs.getString("name"),
                rs.getInt("version"),
                rs.getString("saved_by_name"),
                instant(rs.getTimestamp("saved_at")),
                rs.getString("revised_by_name"),
                instant(rs.getTimestamp("revised_at")));
    }

    private static CandidateRow candidate(ResultSet rs) throws SQLException {
        BigDecimal oneTime = rs.getBigDecimal("one_time_cost");
        return new CandidateRow(
                rs.getObject("project_id", UUID.class),
                new Money(rs.getBigDecimal("current_budget"), rs.getString("currency")),
                rs.getObject("initial_change_id", UUID.class),
                oneTime == null
                        ? null
                        : new CashFlowPlan(
                                oneTime,
                                rs.getBigDecimal("recurring_yearly_cost"),
                                rs.getBigDecimal("yearly_benefit"),
                                rs.getInt("horizon_years")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(
            UUID scenarioId,
            int fiscalYear,
            String name,
            int version,
            String savedBy,
            Instant savedAt,
            String revisedBy,
            Instant revisedAt) {

        SavedScenario scenario(List<ScenarioProject> projects, String ledgerCurrency) {
            BigDecimal total = projects.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            String currency = projects.isEmpty()
                    ? ledgerCurrency
                    : projects.get(0).amount().currency();
            return new SavedScenario(
                    scenarioId,
                    fiscalYear,
                    name,
                    version,
                    List.copyOf(projects),
                    new Money(total, currency),
                    savedBy,
                    savedAt,
                    revisedBy,
                    revisedAt);
        }
    }

    /** A project's row, or what the portfolio says of it while this read model has not caught up with it. */
    private record CandidateRow(UUID projectId, Money currentBudget, UUID initialChangeId, CashFlowPlan plan) {

        static final CandidateRow NOT_YET = new CandidateRow(null, null, null, null);

        ScenarioCandidate candidate(RankedProject ranked) {
            Money budget = currentBudget != null
                    ? currentBudget
                    : ranked.status() == ProjectStatus.PROPOSED ? ranked.requestedBudget() : ranked.allocated();
            return new ScenarioCandidate(ranked, budget, initialChangeId, plan);
        }
    }
}
