package dev.accord.app.portfolio;

import dev.accord.app.readmodel.ApprovalRulesColumn;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes portfolio_approval_rules: a year's approval rules in force and the request to change them, if any. */
@Component
class ApprovalRulesWriter implements TableWriter {

    // An upsert, sent on its own: a year's key may come twice in a run a rebuild batches.
    private static final RowStatement REQUESTED = RowStatement.single("""
            INSERT INTO portfolio_approval_rules (fiscal_year, pending_change_id, pending_rules,
                pending_requested_by_id)
            VALUES (:fiscalYear, :changeId, :rules, :requestedBy)
            ON CONFLICT (fiscal_year) DO UPDATE
            SET pending_change_id = excluded.pending_change_id, pending_rules = excluded.pending_rules,
                pending_requested_by_id = excluded.pending_requested_by_id""");
    private static final RowStatement SET = RowStatement.batched("""
            UPDATE portfolio_approval_rules
            SET rules = :rules, pending_change_id = NULL, pending_rules = NULL, pending_requested_by_id = NULL
            WHERE fiscal_year = :fiscalYear""");
    private static final RowStatement REJECTED = RowStatement.batched("""
            UPDATE portfolio_approval_rules
            SET pending_change_id = NULL, pending_rules = NULL, pending_requested_by_id = NULL
            WHERE fiscal_year = :fiscalYear""");
    private static final String READ = "SELECT * FROM portfolio_approval_rules WHERE fiscal_year = :fiscalYear";

    private final ReadModelWrites writes;
    private final ApprovalRulesColumn column;

    ApprovalRulesWriter(ReadModelWrites writes, ApprovalRulesColumn column) {
        this.writes = writes;
        this.column = column;
    }

    void requested(ApprovalRulesRequested event) {
        writes.write(
                REQUESTED,
                year(event.fiscalYear())
                        .addValue("changeId", event.changeId())
                        .addValue("rules", column.write(event.rules()), Types.VARCHAR)
                        .addValue("requestedBy", event.requestedBy().userId()));
    }

    void set(int fiscalYear, ApprovalRules rules) {
        writes.write(SET, year(fiscalYear).addValue("rules", column.write(rules), Types.VARCHAR));
    }

    void rejected(int fiscalYear) {
        writes.write(REJECTED, year(fiscalYear));
    }

    /** The year's rules; the default and nothing pending for a year that never had a request. */
    YearApprovalRules find(int fiscalYear) {
        return writes
                .read(
                        READ,
                        year(fiscalYear),
                        (rs, n) -> new YearApprovalRules(
                                fiscalYear,
                                column.read(rs.getString("rules")),
                                rs.getObject("pending_change_id", java.util.UUID.class),
                                rs.getString("pending_change_id") == null
                                        ? null
                                        : column.read(rs.getString("pending_rules")),
                                rs.getString("pending_requested_by_id")))
                .stream()
                .findFirst()
                .orElse(new YearApprovalRules(fiscalYear, ApprovalRules.DEFAULT, null, null, null));
    }

    private static MapSqlParameterSource year(int fiscalYear) {
        return new MapSqlParameterSource("fiscalYear", fiscalYear);
    }

    @Override
    public String table() {
        return "portfolio_approval_rules";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(REQUESTED, SET, REJECTED);
    }

    @Override
    public List<String> reads() {
        return List.of(READ);
    }
}
