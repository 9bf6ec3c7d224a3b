package dev.accord.app.approvals;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes pending_project: each project's title, which its changes carry into the inbox, its approved budget, by
 * which a change that asks for no budget is weighed against the year's approval rules, and which pieces of its
 * business case exist, for what a budget change held for it waits for.
 */
@Component
class PendingProjects implements TableWriter {

    static final RowStatement ADD = RowStatement.batched("""
            INSERT INTO pending_project (project_id, title) VALUES (:projectId, :title)
            ON CONFLICT (project_id) DO NOTHING""");

    static final RowStatement APPROVED_BUDGET =
            RowStatement.batched("UPDATE pending_project SET approved_amount = :amount WHERE project_id = :projectId");

    /** A piece of the project's business case arrived; what exists stays (estimates and cases are never erased). */
    static final RowStatement BUSINESS_CASE = RowStatement.batched("""
            UPDATE pending_project SET finance_estimate = finance_estimate OR :financeEstimate,
                it_estimate = it_estimate OR :itEstimate, roi_case = roi_case OR :roiCase,
                assessment_complete = assessment_complete OR :assessment
            WHERE project_id = :projectId""");

    private final ReadModelWrites writes;

    PendingProjects(ReadModelWrites writes) {
        this.writes = writes;
    }

    void add(UUID projectId, String title) {
        writes.write(
                ADD,
                new MapSqlParameterSource().addValue("projectId", projectId).addValue("title", title));
    }

    void approvedBudget(UUID projectId, java.math.BigDecimal amount) {
        writes.write(
                APPROVED_BUDGET,
                new MapSqlParameterSource().addValue("projectId", projectId).addValue("amount", amount));
    }

    /** Which pieces this event adds: an estimate of a side, an ROI case, the completed assessment. */
    void businessCase(UUID projectId, Side estimateOf, boolean roiCase, boolean assessment) {
        writes.write(
                BUSINESS_CASE,
                new MapSqlParameterSource("projectId", projectId)
                        .addValue("financeEstimate", estimateOf == Side.FINANCE)
                        .addValue("itEstimate", estimateOf == Side.IT)
                        .addValue("roiCase", roiCase)
                        .addValue("assessment", assessment));
    }

    @Override
    public String table() {
        return "pending_project";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ADD, APPROVED_BUDGET, BUSINESS_CASE);
    }
}
