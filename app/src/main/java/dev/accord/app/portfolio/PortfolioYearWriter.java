package dev.accord.app.portfolio;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code portfolio_year}: one statement per thing that happens to a year. A year's row is made by its first
 * request or rate, the events that open a Portfolio aggregate; until then the year is shown with nothing set.
 */
@Component
class PortfolioYearWriter implements TableWriter {

    // Upserts, sent on their own: a year's key may come twice in a run a rebuild batches.
    private static final RowStatement BUDGET_REQUESTED = RowStatement.single("""
            INSERT INTO portfolio_year (fiscal_year, pending_budget_change, pending_budget_amount)
            VALUES (:fiscalYear, :changeId, :amount)
            ON CONFLICT (fiscal_year) DO UPDATE
            SET pending_budget_change = excluded.pending_budget_change,
                pending_budget_amount = excluded.pending_budget_amount""");
    private static final RowStatement DISCOUNT_RATE_SET = RowStatement.single("""
            INSERT INTO portfolio_year (fiscal_year, discount_rate_percent) VALUES (:fiscalYear, :ratePercent)
            ON CONFLICT (fiscal_year) DO UPDATE SET discount_rate_percent = excluded.discount_rate_percent""");
    // Updates of the row the request made.
    private static final RowStatement BUDGET_SET = RowStatement.batched("""
            UPDATE portfolio_year
            SET budget_amount = :amount, currency = :currency, pending_budget_change = NULL,
                pending_budget_amount = NULL
            WHERE fiscal_year = :fiscalYear""");
    private static final RowStatement BUDGET_REJECTED = RowStatement.batched("""
            UPDATE portfolio_year SET pending_budget_change = NULL, pending_budget_amount = NULL
            WHERE fiscal_year = :fiscalYear""");
    private static final RowStatement FORGET_ALL = RowStatement.single("DELETE FROM portfolio_year");

    private final ReadModelWrites writes;

    PortfolioYearWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void budgetRequested(int fiscalYear, UUID changeId, BigDecimal amount) {
        writes.write(
                BUDGET_REQUESTED,
                year(fiscalYear).addValue("changeId", changeId).addValue("amount", amount));
    }

    void budgetSet(int fiscalYear, BigDecimal amount, String currency) {
        writes.write(BUDGET_SET, year(fiscalYear).addValue("amount", amount).addValue("currency", currency));
    }

    void budgetRejected(int fiscalYear) {
        writes.write(BUDGET_REJECTED, year(fiscalYear));
    }

    void discountRateSet(int fiscalYear, BigDecimal ratePercent) {
        writes.write(DISCOUNT_RATE_SET, year(fiscalYear).addValue("ratePercent", ratePercent));
    }

    void forgetAll() {
        writes.write(FORGET_ALL, EmptySqlParameterSource.INSTANCE);
    }

    private static MapSqlParameterSource year(int fiscalYear) {
        return new MapSqlParameterSource("fiscalYear", fiscalYear);
    }

    @Override
    public String table() {
        return "portfolio_year";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(BUDGET_REQUESTED, DISCOUNT_RATE_SET, BUDGET_SET, BUDGET_REJECTED, FORGET_ALL);
    }
}
