package dev.accord.app.approvals;

import dev.accord.app.detail.Rows;
import dev.accord.app.readmodel.ApprovalRulesColumn;
import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.approval.MissingApprovals;
import dev.accord.domain.portfolio.api.FindOpenYearChanges;
import dev.accord.domain.portfolio.api.YearChangeKind;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.FindOpenChangesOfProject;
import dev.accord.domain.project.api.FindOwnOpenRequests;
import dev.accord.domain.project.api.FindPendingApprovals;
import dev.accord.domain.project.api.MissingBusinessCase;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class PendingApprovalQueries {

    private final JdbcClient jdbc;
    private final ApprovalRulesColumn rules;

    PendingApprovalQueries(JdbcClient jdbc, ApprovalRulesColumn rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /**
     * Open changes the caller can still move on, leaving out the caller's own requests and those they approved. What
     * a change lacks is the domain's to say (JointApproval.missing), from the rules it was requested under and the
     * approvals of its version: it reaches a member of a side still short of approvals, and a lead whose approval
     * is missing (FindPendingApprovals.reaches).
     */
    @QueryHandler
    List<PendingApproval> handle(FindPendingApprovals query) {
        if (query.side() == null) {
            return List.of();
        }
        String notMine = "requested_by_id <> :userId AND NOT EXISTS (SELECT 1 FROM pending_approval_vote v"
                + " WHERE v.change_id = a.change_id AND v.version = a.version AND v.authority_id = :userId)";
        return pending(notMine, query.userId()).stream()
                .filter(change -> query.reaches(change.missing()))
                .toList();
    }

    @QueryHandler
    List<PendingApproval> handle(FindOwnOpenRequests query) {
        return pending("requested_by_id = :userId", query.userId());
    }

    @QueryHandler
    List<PendingApproval> handle(FindOpenChangesOfProject query) {
        return pending("project_id = :projectId", "projectId", query.projectId());
    }

    /** A fiscal year's own open changes, its budget's and its approval rules', for the portfolio page. */
    @QueryHandler
    List<PendingApproval> handle(FindOpenYearChanges query) {
        return pending("fiscal_year = :fiscalYear", "fiscalYear", query.fiscalYear());
    }

    private List<PendingApproval> pending(String condition, String userId) {
        return pending(condition, "userId", userId);
    }

    private List<PendingApproval> pending(String condition, String parameter, Object value) {
        Map<UUID, List<Actor>> authorities = authorities();
        // Each change with its project's business case, which a change held for it waits for; a fiscal year's own
        // change has no project.
        return jdbc.sql("SELECT * FROM (SELECT * FROM pending_approval LEFT JOIN pending_project USING (project_id)) a"
                        + " WHERE " + condition + " ORDER BY requested_at, change_id")
                .param(parameter, value)
                .query((rs, n) -> row(rs, authorities))
                .list();
    }

    /** A project's change, or a fiscal year's own (which names its year and has no project). */
    private PendingApproval row(ResultSet rs, Map<UUID, List<Actor>> authorities) throws SQLException {
        UUID changeId = rs.getObject("change_id", UUID.class);
        Integer fiscalYear = rs.getObject("fiscal_year", Integer.class);
        String kind = rs.getString("kind");
        return new PendingApproval(
                rs.getObject("project_id", UUID.class),
                rs.getString("project_title"),
                changeId,
                rs.getInt("version"),
                fiscalYear == null ? ChangeKind.valueOf(kind) : null,
                Rows.money(rs, "budget_amount", rs.getString("budget_currency")),
                rs.getString("rationale"),
                Rows.actor(rs, "requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getBoolean("finance_approved"),
                rs.getBoolean("it_approved"),
                rs.getString("proposal"),
                missing(rs, authorities),
                fiscalYear,
                fiscalYear == null ? null : YearChangeKind.valueOf(kind),
                authorities.getOrDefault(changeId, List.of()));
    }

    /** What the change lacks, by the rules it was requested under, weighed by the amount it concerns. */
    private MissingApprovals missing(ResultSet rs, Map<UUID, List<Actor>> authorities) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("concerned_amount");
        String currency = rs.getString("budget_currency");
        ApprovalRules recorded = rules.read(rs.getString("approval_rules"));
        Money concerned = amount == null ? null : new Money(amount, currency == null ? currencyOf(recorded) : currency);
        int version = rs.getInt("version");
        List<Approval> approvals = authorities.getOrDefault(rs.getObject("change_id", UUID.class), List.of()).stream()
                .map(authority -> new Approval(authority, version))
                .toList();
        return JointApproval.missing(recorded.requirementFor(concerned), approvals, Rows.actor(rs, "requested_by"))
                .withBusinessCase(businessCaseMissing(rs));
    }

    /**
     * The pieces of the business case the change still waits for, by the rule recorded with it (none for changes
     * requested before it existed), weighed as the domain weighs it (a budget change's budget).
     */
    private List<String> businessCaseMissing(ResultSet rs) throws SQLException {
        BusinessCaseRule rule = rules.readBusinessCaseRule(rs.getString("business_case_rule"));
        if (rule == null) {
            return List.of(); // as every change of a fiscal year itself: no business case justifies those
        }
        ChangeKind kind = ChangeKind.valueOf(rs.getString("kind"));
        Money budget = Rows.money(rs, "budget_amount", rs.getString("budget_currency"));
        boolean budgetChange = kind == ChangeKind.INITIAL_BUDGET || kind == ChangeKind.BUDGET;
        if (!budgetChange || !rule.appliesTo(kind == ChangeKind.INITIAL_BUDGET, budget)) {
            return List.of();
        }
        return new MissingBusinessCase(
                        !rs.getBoolean("finance_estimate"),
                        !rs.getBoolean("it_estimate"),
                        !rs.getBoolean("roi_case"),
                        !rs.getBoolean("assessment_complete"))
                .pieces();
    }

    /** The tiers' currency, the ledger's, for a change that asks for no budget of its own. */
    private static String currencyOf(ApprovalRules recorded) {
        return recorded.tiers().isEmpty() ? "" : recorded.tiers().get(0).above().currency();
    }

    /**
     * The authorities whose approvals of each open change's current version count, by change, with their names (a
     * vote recorded before names were kept reads by its user name until a rebuild).
     */
    private Map<UUID, List<Actor>> authorities() {
        Map<UUID, List<Actor>> byChange = new HashMap<>();
        jdbc.sql("""
                        SELECT v.change_id, v.authority_id, coalesce(v.authority_name, v.authority_id) AS authority_name,
                            v.side, v.lead
                        FROM pending_approval_vote v
                        JOIN pending_approval a ON a.change_id = v.change_id AND a.version = v.version
                        ORDER BY v.change_id, v.authority_id""")
                .query((rs, n) -> byChange.computeIfAbsent(
                                rs.getObject("change_id", UUID.class), id -> new ArrayList<>())
                        .add(new Actor(
                                rs.getString("authority_id"),
                                rs.getString("authority_name"),
                                Side.valueOf(rs.getString("side")),
                                rs.getBoolean("lead"))))
                .list();
        return byChange;
    }
}
