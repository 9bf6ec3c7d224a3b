package dev.accord.app.approvals;

import dev.accord.app.readmodel.ApprovalRulesColumn;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes pending_approval: each open change, with the sides that have approved its current version, the approval
 * rules it was requested under and the amount its tier is chosen by (its budget, else the project's approved budget
 * when it was requested), as the domain's ChangeRequest weighs it. Whom a change
 * waits for follows from those sides by the domain's rule (JointApproval.missingSides, in PendingApprovalQueries).
 * Each write sets what its event says: the domain refuses an approval of any but the current version, and a revision
 * names the approvals it voids, so replaying a project's events in order from any point ends in the same row.
 */
@Component
class PendingApprovals implements TableWriter {

    /** The project's title comes from pending_project, written when the project was proposed. */
    static final RowStatement OPEN = RowStatement.batched("""
            INSERT INTO pending_approval (change_id, project_id, project_title, kind, version, budget_amount,
                budget_currency, proposal, rationale, requested_by_id, requested_by_name, requested_by_side,
                requested_at, approval_rules, concerned_amount, business_case_rule)
            SELECT :changeId, :projectId, title, :kind, 1, :budgetAmount, :budgetCurrency, :proposal, :rationale,
                :requestedById, :requestedByName, :requestedBySide, :requestedAt, :approvalRules,
                coalesce(:budgetAmount, approved_amount), :businessCaseRule
            FROM pending_project WHERE project_id = :projectId
            ON CONFLICT (change_id) DO NOTHING""");

    /** A change of a fiscal year itself: no project, and the plain joint rule (no approval rules recorded). */
    static final RowStatement OPEN_YEAR = RowStatement.batched("""
            INSERT INTO pending_approval (change_id, fiscal_year, kind, version, budget_amount, budget_currency,
                proposal, rationale, requested_by_id, requested_by_name, requested_by_side, requested_at)
            VALUES (:changeId, :fiscalYear, :kind, 1, :budgetAmount, :budgetCurrency, :proposal, :rationale,
                :requestedById, :requestedByName, :requestedBySide, :requestedAt)
            ON CONFLICT (change_id) DO NOTHING""");

    /** A side's approval stops counting when the revision voided it (ChangeRevised.voidedApprovals). */
    static final RowStatement REVISE = RowStatement.batched("""
            UPDATE pending_approval SET version = :version, budget_amount = :budgetAmount,
                budget_currency = :budgetCurrency, proposal = :proposal, rationale = :rationale,
                concerned_amount = coalesce(:budgetAmount, concerned_amount),
                finance_approved = finance_approved AND NOT :financeVoided,
                it_approved = it_approved AND NOT :itVoided
            WHERE change_id = :changeId""");

    static final RowStatement FINANCE_APPROVED = approvedBy("finance_approved");
    static final RowStatement IT_APPROVED = approvedBy("it_approved");

    /** New figures voided every approval of the current version. */
    static final RowStatement VOIDED = RowStatement.batched("""
            UPDATE pending_approval SET finance_approved = FALSE, it_approved = FALSE
            WHERE change_id = :changeId AND version = :version""");

    static final RowStatement CLOSE = RowStatement.batched("DELETE FROM pending_approval WHERE change_id = :changeId");

    private final ReadModelWrites writes;
    private final ApprovalRulesColumn rules;

    PendingApprovals(ReadModelWrites writes, ApprovalRulesColumn rules) {
        this.writes = writes;
        this.rules = rules;
    }

    /** A new change, at version 1, awaiting both sides. */
    void open(ChangeRequested change, Instant at) {
        writes.write(
                OPEN,
                terms(change.kind(), change.terms(), change.rationale())
                        .addValue("changeId", change.changeId())
                        .addValue("projectId", change.projectId())
                        .addValue("kind", change.kind().name())
                        .addValue("requestedById", change.requestedBy().userId())
                        .addValue("requestedByName", change.requestedBy().displayName())
                        .addValue(
                                "requestedBySide",
                                change.requestedBy().side() == null
                                        ? null
                                        : change.requestedBy().side().name())
                        .addValue("requestedAt", Timestamp.from(at))
                        .addValue("approvalRules", rules.write(change.approvalRules()), java.sql.Types.VARCHAR)
                        .addValue("businessCaseRule", rules.write(change.businessCase()), java.sql.Types.VARCHAR));
    }

    /** A new change of the year's budget or approval rules, at version 1 (the year's changes are never revised). */
    void openYearChange(YearChange change) {
        Money budget = change.budget();
        writes.write(
                OPEN_YEAR,
                new MapSqlParameterSource()
                        .addValue("changeId", change.changeId())
                        .addValue("fiscalYear", change.fiscalYear())
                        .addValue("kind", change.kind().name())
                        .addValue("budgetAmount", budget == null ? null : budget.amount(), Types.NUMERIC)
                        .addValue("budgetCurrency", budget == null ? null : budget.currency(), Types.VARCHAR)
                        .addValue("proposal", change.proposal(), Types.VARCHAR)
                        .addValue("rationale", change.rationale() == null ? "" : change.rationale())
                        .addValue("requestedById", change.requestedBy().userId())
                        .addValue("requestedByName", change.requestedBy().displayName())
                        .addValue(
                                "requestedBySide",
                                change.requestedBy().side() == null
                                        ? null
                                        : change.requestedBy().side().name(),
                                Types.VARCHAR)
                        .addValue("requestedAt", Timestamp.from(change.requestedAt())));
    }

    /** The change's new version, without the approvals the revision voided. */
    void revise(ChangeRevised revision) {
        Set<Side> voided = revision.voidedApprovals().stream()
                .map(approval -> approval.approver().side())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Side.class)));
        writes.write(
                REVISE,
                terms(revision.kind(), revision.terms(), revision.rationale())
                        .addValue("version", revision.version())
                        .addValue("changeId", revision.changeId())
                        .addValue("financeVoided", voided.contains(Side.FINANCE))
                        .addValue("itVoided", voided.contains(Side.IT)));
    }

    /** The side has approved the change's current version (the only one the domain lets anyone approve). */
    void approve(UUID changeId, Side side) {
        writes.write(
                side == Side.FINANCE ? FINANCE_APPROVED : IT_APPROVED, new MapSqlParameterSource("changeId", changeId));
    }

    /** New figures voided the approvals of the version: it waits for both sides again. */
    void voided(UUID changeId, int version) {
        writes.write(VOIDED, new MapSqlParameterSource("changeId", changeId).addValue("version", version));
    }

    /** The change is decided or withdrawn: it waits for nobody any more. */
    void close(UUID changeId) {
        writes.write(CLOSE, new MapSqlParameterSource("changeId", changeId));
    }

    @Override
    public String table() {
        return "pending_approval";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(OPEN, OPEN_YEAR, REVISE, FINANCE_APPROVED, IT_APPROVED, VOIDED, CLOSE);
    }

    private static RowStatement approvedBy(String sideColumn) {
        return RowStatement.batched(
                "UPDATE pending_approval SET " + sideColumn + " = TRUE WHERE change_id = :changeId");
    }

    /** A control's change (a review policy, a conclusion) is shown in the inbox by what it proposes, in words. */
    private static MapSqlParameterSource terms(ChangeKind kind, ChangeTerms terms, String rationale) {
        Money budget = terms.budget();
        return new MapSqlParameterSource()
                .addValue("budgetAmount", budget == null ? null : budget.amount(), java.sql.Types.NUMERIC)
                .addValue("budgetCurrency", budget == null ? null : budget.currency())
                .addValue("proposal", kind.isControl() ? terms.describe() : null, Types.VARCHAR)
                .addValue("rationale", rationale);
    }
}
