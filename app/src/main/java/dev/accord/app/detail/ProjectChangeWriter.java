package dev.accord.app.detail;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.ChangeRow;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.shared.Money;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes project_change: each change request with its current version and, once decided, the decision (and with
 * it the status of its project in project_detail, see {@link #DECIDED}).
 */
@Component
class ProjectChangeWriter implements TableWriter {

    private static final RowStatement REQUESTED = RowStatement.batched("""
            INSERT INTO project_change (change_id, project_id, kind, version, budget_amount, budget_currency, scope,
                target_date, review_policy, conclusion, rationale, state, requested_by_id, requested_by_name,
                requested_by_side, requested_at)
            VALUES (:changeId, :projectId, :kind, :version, :budgetAmount, :budgetCurrency, :scope,
                :targetDate, :reviewPolicy, :conclusion, :rationale, :state, :requestedById, :requestedByName,
                :requestedBySide, :requestedAt)
            ON CONFLICT (change_id) DO NOTHING""");

    private static final RowStatement REVISED = RowStatement.batched("""
            UPDATE project_change SET version = :version, budget_amount = :budgetAmount,
                budget_currency = :budgetCurrency, scope = :scope, target_date = :targetDate,
                review_policy = :reviewPolicy, conclusion = :conclusion, rationale = :rationale
            WHERE change_id = :changeId""");

    /**
     * The change closes and its project takes the status the decision leaves it in; a decision that applied no
     * budget leaves the approved one as it was. One statement for the two tables, because a rebuild sends a run of
     * the same statement in one round trip, and two statements for each decision would alternate and never make one.
     */
    private static final RowStatement DECIDED = RowStatement.batched("""
            WITH project AS (
                UPDATE project_detail
                SET status = :status, approved_amount = coalesce(:approvedAmount, approved_amount)
                WHERE project_id = :projectId)
            UPDATE project_change SET state = :state, decision_reason = :reason, decided_at = :decidedAt
            WHERE change_id = :changeId""");

    private final ReadModelWrites writes;
    private final JsonColumns json;

    ProjectChangeWriter(ReadModelWrites writes, JsonColumns json) {
        this.writes = writes;
        this.json = json;
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

    void decided(UUID projectId, ChangeDecision decision) {
        Money budget = decision.approvedBudget();
        writes.write(
                DECIDED,
                new MapSqlParameterSource("changeId", decision.changeId())
                        .addValue("state", decision.outcome().name())
                        .addValue("reason", decision.reason(), Types.VARCHAR)
                        .addValue("decidedAt", Timestamp.from(decision.at()))
                        .addValue("projectId", projectId)
                        .addValue("status", decision.statusAfter().name())
                        .addValue("approvedAmount", budget == null ? null : budget.amount(), Types.NUMERIC));
    }

    private MapSqlParameterSource terms(UUID changeId, int version, ChangeTerms terms, String rationale) {
        boolean budget = terms.budget() != null;
        return new MapSqlParameterSource("changeId", changeId)
                .addValue("version", version)
                .addValue("budgetAmount", budget ? terms.budget().amount() : null, Types.NUMERIC)
                .addValue("budgetCurrency", budget ? terms.budget().currency() : null, Types.CHAR)
                .addValue("scope", terms.scope(), Types.VARCHAR)
                .addValue("targetDate", terms.targetDate(), Types.DATE)
                .addValue("reviewPolicy", terms.policy() == null ? null : json.write(terms.policy()), Types.VARCHAR)
                .addValue(
                        "conclusion", terms.conclusion() == null ? null : json.write(terms.conclusion()), Types.VARCHAR)
                .addValue("rationale", rationale);
    }

    @Override
    public String table() {
        return "project_change";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(REQUESTED, REVISED, DECIDED);
    }

    /** {@link #DECIDED} sets the project's status and approved budget in project_detail too. */
    @Override
    public List<String> alsoWrites() {
        return List.of("project_detail");
    }
}
