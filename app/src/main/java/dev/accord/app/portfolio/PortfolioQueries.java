package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Side;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fiscal year's portfolio from the live tables: the year's rows are read as they are, and made into the summary by
 * {@link PortfolioSummaries}, as a view of the past is; ranking, scores and figures are not left to SQL.
 */
@Component
class PortfolioQueries {

    private final JdbcClient jdbc;
    private final String ledgerCurrency;

    PortfolioQueries(JdbcClient jdbc, @Value("${accord.currency}") String ledgerCurrency) {
        this.jdbc = jdbc;
        this.ledgerCurrency = ledgerCurrency;
    }

    @QueryHandler
    PortfolioSummary handle(FindPortfolio query) {
        int fiscalYear = query.fiscalYear();
        PortfolioYearRow year = jdbc.sql("SELECT * FROM portfolio_year WHERE fiscal_year = :fiscalYear")
                .param("fiscalYear", fiscalYear)
                .query((rs, n) -> new PortfolioYearRow(
                        fiscalYear,
                        rs.getBigDecimal("budget_amount"),
                        rs.getString("currency"),
                        rs.getBigDecimal("discount_rate_percent"),
                        rs.getObject("pending_budget_change", UUID.class),
                        rs.getBigDecimal("pending_budget_amount")))
                .optional()
                .orElse(null);
        List<PortfolioProjectRow> projects = jdbc.sql("SELECT * FROM portfolio_project WHERE fiscal_year = :fiscalYear")
                .param("fiscalYear", fiscalYear)
                .query((rs, n) -> new PortfolioProjectRow(
                        rs.getObject("project_id", UUID.class),
                        fiscalYear,
                        rs.getString("title"),
                        ProjectStatus.valueOf(rs.getString("status")),
                        rs.getString("currency"),
                        rs.getBigDecimal("requested_amount"),
                        rs.getBigDecimal("allocated_amount"),
                        rs.getBigDecimal("spend_to_date"),
                        rs.getBigDecimal("npv"),
                        rs.getBigDecimal("roi_percent"),
                        rs.getBigDecimal("irr_percent"),
                        rs.getString("department")))
                .list();
        List<PortfolioActualsRow> months = jdbc.sql("SELECT * FROM portfolio_actuals WHERE fiscal_year = :fiscalYear")
                .param("fiscalYear", fiscalYear)
                .query((rs, n) -> new PortfolioActualsRow(
                        rs.getObject("project_id", UUID.class),
                        YearMonth.parse(rs.getString("period")),
                        fiscalYear,
                        rs.getBigDecimal("spend")))
                .list();
        YearRankingWeights weights = jdbc.sql("SELECT * FROM portfolio_ranking_weights WHERE fiscal_year = :fiscalYear")
                .param("fiscalYear", fiscalYear)
                .query(RankingWeightsWriter.ROW)
                .optional()
                .orElse(YearRankingWeights.NONE_SET);
        List<PortfolioAssessmentRow> ratings = jdbc.sql("""
                        SELECT a.* FROM portfolio_assessment a JOIN portfolio_project p USING (project_id)
                        WHERE p.fiscal_year = :fiscalYear""")
                .param("fiscalYear", fiscalYear)
                .query((rs, n) -> new PortfolioAssessmentRow(
                        rs.getObject("project_id", UUID.class),
                        rs.getInt("round"),
                        Side.valueOf(rs.getString("side")),
                        AssessmentQuestion.valueOf(rs.getString("question")),
                        rs.getInt("rating")))
                .list();
        return PortfolioSummaries.of(fiscalYear, ledgerCurrency, year, weights, projects, months, ratings);
    }
}
