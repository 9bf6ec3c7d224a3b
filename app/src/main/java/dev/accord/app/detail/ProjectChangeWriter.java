package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTerms;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes project_change: each change request with its current version and, once decided, the decision. */
@Component
class ProjectChangeWriter {

    private static final RowStatement REQUESTED = RowStatement.batched("""
            INSERT INTO project_change (change_id, project_id, kind, version, budget_amount, budget_currency, scope,
                target_date, rationale, state, requested_by_id, requested_by_name, requested_by_side, requested_at)
            VALUES (:changeId, :projectId, :kind, :version, :budgetAmount, :budgetCurrency, :scope,
                :targetDate, :rationale, :state, :requestedById, :requestedByName, :requestedBySide, :requestedAt)
            ON CONFLICT (change_id) DO NOTHING""");

    private static final RowStatement REVISED = RowStatement.batched("""
            UPDATE project_change SET version = :version, budget_amount = :budgetAmount,
                budget_currency = :budgetCurrency, scope = :scope, target_date = :targetDate, rationale = :rationale
            WHERE change_id = :changeId""");

    private static final RowStatement DECIDED = RowStatement.batched("""
            UPDATE project_change SET state = :state, decision_reason = :reason, decided_at = :decidedAt
            WHERE change_id = :changeId""");

    private static final RowStatement FORGET_ALL = RowStatement.single("DELETE FROM project_change");

    private final ReadModelWrites writes;

    ProjectChangeWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void requested(UUID projectId, ChangeRow change) {
        writes.write(
                REQUESTED,
                terms(change.changeId(), change.version(), change.terms(), change.rationale())
                        .addValue("projectId", projectId)
                        .addValue("kind", change.kind().name())
                        .addValue("state", change.state().name())
                        .addValue("requestedById", change.requestedBy().userId())
                        .addValue("requestedByName", change.requestedBy().displayName())
                        .addValue("requestedBySide", Sides.of(change.requestedBy()), Types.VARCHAR)
                        .addValue("requestedAt", Timestamp.from(change.requestedAt())));
    }

    void revised(UUID changeId, int version, ChangeTerms terms, String rationale) {
        writes.write(REVISED, terms(changeId, version, terms, rationale));
    }

    void decided(UUID changeId, ChangeState outcome, String reason, Instant at) {
        writes.write(
                DECIDED,
                new MapSqlParameterSource("changeId", changeId)
                        .addValue("state", outcome.name())
                        .addValue("reason", reason, Types.VARCHAR)
                        .addValue("decidedAt", Timestamp.from(at)));
    }

    void forgetAll() {
        writes.write(FORGET_ALL, EmptySqlParameterSource.INSTANCE);
    }

    private static MapSqlParameterSource terms(UUID changeId, int version, ChangeTerms terms, String rationale) {
        boolean budget = terms.budget() != null;
        return new MapSqlParameterSource("changeId", changeId)
                .addValue("version", version)
                .addValue("budgetAmount", budget ? terms.budget().amount() : null, Types.NUMERIC)
                .addValue("budgetCurrency", budget ? terms.budget().currency() : null, Types.CHAR)
                .addValue("scope", terms.scope(), Types.VARCHAR)
                .addValue("targetDate", terms.targetDate(), Types.DATE)
                .addValue("rationale", rationale);
    }
}
