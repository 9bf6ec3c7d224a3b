package dev.accord.app.approvals;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes pending_project: each project's title, which its changes carry into the inbox, and its approved budget, by
 * which a change that asks for no budget is weighed against the year's approval rules.
 */
@Component
class PendingProjects implements TableWriter {

    static final RowStatement ADD = RowStatement.batched("""
            INSERT INTO pending_project (project_id, title) VALUES (:projectId, :title)
            ON CONFLICT (project_id) DO NOTHING""");

    static final RowStatement APPROVED_BUDGET =
            RowStatement.batched("UPDATE pending_project SET approved_amount = :amount WHERE project_id = :projectId");

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

    @Override
    public String table() {
        return "pending_project";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ADD, APPROVED_BUDGET);
    }
}
