package dev.accord.app.approvals;

import dev.accord.app.detail.Rows;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.FindOwnOpenRequests;
import dev.accord.domain.project.api.FindPendingApprovals;
import dev.accord.domain.project.api.PendingApproval;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class PendingApprovalQueries {

    private final JdbcClient jdbc;

    PendingApprovalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open changes still waiting for the caller's side, leaving out the caller's own requests. Which sides a change
     * waits for is the domain's to say (JointApproval.missingSides), from the sides that approved its version.
     */
    @QueryHandler
    List<PendingApproval> handle(FindPendingApprovals query) {
        if (query.side() == null) {
            return List.of();
        }
        return pending("requested_by_id <> :userId", query.userId()).stream()
                .filter(change -> change.missingSides().contains(query.side()))
                .toList();
    }

    @QueryHandler
    List<PendingApproval> handle(FindOwnOpenRequests query) {
        return pending("requested_by_id = :userId", query.userId());
    }

    private List<PendingApproval> pending(String condition, String userId) {
        return jdbc.sql("SELECT * FROM pending_approval WHERE " + condition + " ORDER BY requested_at, change_id")
                .param("userId", userId)
                .query((rs, n) -> new PendingApproval(
                        rs.getObject("project_id", UUID.class),
                        rs.getString("project_title"),
                        rs.getObject("change_id", UUID.class),
                        rs.getInt("version"),
                        ChangeKind.valueOf(rs.getString("kind")),
                        Rows.money(rs, "budget_amount", rs.getString("budget_currency")),
                        rs.getString("rationale"),
                        Rows.actor(rs, "requested_by"),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getBoolean("finance_approved"),
                        rs.getBoolean("it_approved"),
                        rs.getString("proposal")))
                .list();
    }
}
