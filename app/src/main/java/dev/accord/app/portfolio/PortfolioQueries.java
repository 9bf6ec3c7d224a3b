package dev.accord.app.portfolio;

import dev.accord.app.detail.Rows;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.MonthlySpend;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A fiscal year's portfolio: its budget, what is allocated and left, and its projects ranked by ROI then NPV. */
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
        record Year(BigDecimal budget, String currency, BigDecimal rate, UUID pendingChange, BigDecimal pending) {}
        Year year = jdbc.sql("SELECT * FROM portfolio_year WHERE fiscal_year = ?")
                .param(query.fiscalYear())
                .query((rs, n) -> new Year(
                        rs.getBigDecimal("budget_amount"),
                        rs.getString("currency"),
                        rs.getBigDecimal("discount_rate_percent"),
                        rs.getObject("pending_budget_change", UUID.class),
                        rs.getBigDecimal("pending_budget_amount")))
                .optional()
                .orElse(new Year(null, null, null, null, null));
        String currency = year.currency() == null ? ledgerCurrency : year.currency();
        BigDecimal allocated = jdbc.sql(
                        "SELECT coalesce(sum(allocated_amount), 0) FROM portfolio_project " + "WHERE fiscal_year = ?")
                .param(query.fiscalYear())
                .query(BigDecimal.class)
                .single();
        BigDecimal remaining = year.budget() == null ? null : year.budget().subtract(allocated);

        List<RankedProject> ranked = new ArrayList<>();
        jdbc.sql("""
                        SELECT * FROM portfolio_project
                        WHERE fiscal_year = ? AND status NOT IN ('REJECTED', 'CANCELLED')
                        ORDER BY roi_percent DESC NULLS LAST, npv DESC NULLS LAST, title""")
                .param(query.fiscalYear())
                .query((rs, n) -> {
                    ProjectStatus status = ProjectStatus.valueOf(rs.getString("status"));
                    BigDecimal requested = rs.getBigDecimal("requested_amount");
                    // A candidate fits when what it asks for is still left; an approved project already holds its
                    // share.
                    boolean fits = status != ProjectStatus.PROPOSED
                            || remaining == null
                            || requested.compareTo(remaining) <= 0;
                    return new RankedProject(
                            n + 1,
                            rs.getObject("project_id", UUID.class),
                            rs.getString("title"),
                            status,
                            Rows.money(rs, "requested_amount", rs.getString("currency")),
                            Rows.money(rs, "allocated_amount", rs.getString("currency")),
                            Rows.money(rs, "spend_to_date", rs.getString("currency")),
                            rs.getBigDecimal("npv"),
                            rs.getBigDecimal("roi_percent"),
                            rs.getBigDecimal("irr_percent"),
                            fits);
                })
                .list()
                .forEach(ranked::add);
        List<MonthlySpend> spendByMonth = jdbc.sql("""
                        SELECT period, sum(spend) AS spend FROM portfolio_actuals WHERE fiscal_year = ?
                        GROUP BY period ORDER BY period""")
                .param(query.fiscalYear())
                .query((rs, n) -> new MonthlySpend(
                        YearMonth.parse(rs.getString("period")), new Money(rs.getBigDecimal("spend"), currency)))
                .list();
        return new PortfolioSummary(
                query.fiscalYear(),
                year.budget() == null ? null : new Money(year.budget(), currency),
                new Money(allocated, currency),
                remaining == null ? null : new Money(remaining, currency),
                year.rate(),
                year.pendingChange(),
                year.pending() == null ? null : new Money(year.pending(), currency),
                ranked,
                spendByMonth);
    }
}
