package dev.accord.app.delegation;

import dev.accord.domain.delegation.Delegation;
import dev.accord.domain.delegation.DelegationRegister;
import dev.accord.domain.delegation.api.DelegationSummary;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delegation table (V21), written in the command's transaction with the event that records the change. Each
 * delegation keeps its two people as they were when it was granted: the authority handed on is the delegator's as of
 * then, lead flag included.
 */
@Repository
class DelegationTable implements DelegationRegister {

    private static final String COLUMNS = "d.delegation_id, d.delegator_id, d.delegator_name, d.delegator_lead, "
            + "d.delegate_id, d.delegate_name, d.delegate_lead, d.side, d.starts_on, d.ends_on, d.granted_at, "
            + "d.revoked_at";

    private final JdbcClient jdbc;

    DelegationTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Delegation> between(String delegatorId, String delegateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delegation d JOIN user_account u ON u.username = d.delegator_id"
                        + " WHERE d.delegator_id = ? AND d.delegate_id = ? AND u.enabled")
                .params(delegatorId, delegateId)
                .query((rs, n) -> delegation(rs))
                .list();
    }

    @Override
    public Optional<Actor> enabledMember(String userId) {
        return jdbc.sql("SELECT username, display_name, side, lead FROM user_account"
                        + " WHERE username = ? AND enabled AND role = 'MEMBER' AND side IS NOT NULL")
                .param(userId)
                .query((rs, n) -> new Actor(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Side.valueOf(rs.getString("side")),
                        rs.getBoolean("lead")))
                .optional();
    }

    @Override
    public List<Delegation> givenBy(String delegatorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delegation d WHERE d.delegator_id = ?")
                .param(delegatorId)
                .query((rs, n) -> delegation(rs))
                .list();
    }

    @Override
    public Optional<Delegation> find(UUID delegationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delegation d WHERE d.delegation_id = ?")
                .param(delegationId)
                .query((rs, n) -> delegation(rs))
                .optional();
    }

    @Override
    public void granted(Delegation d) {
        jdbc.sql("""
                        INSERT INTO delegation (delegation_id, delegator_id, delegator_name, delegator_lead,
                            delegate_id, delegate_name, delegate_lead, side, starts_on, ends_on)
                        VALUES (:id, :delegatorId, :delegatorName, :delegatorLead, :delegateId, :delegateName,
                            :delegateLead, :side, :from, :until)""")
                .param("id", d.delegationId())
                .param("delegatorId", d.delegator().userId())
                .param("delegatorName", d.delegator().displayName())
                .param("delegatorLead", d.delegator().lead())
                .param("delegateId", d.delegate().userId())
                .param("delegateName", d.delegate().displayName())
                .param("delegateLead", d.delegate().lead())
                .param("side", d.delegator().side().name())
                .param("from", d.from())
                .param("until", d.until())
                .update();
    }

    @Override
    public void revoked(UUID delegationId, Actor revokedBy) {
        jdbc.sql("UPDATE delegation SET revoked_at = now(), revoked_by = ? WHERE delegation_id = ?")
                .params(revokedBy.userId(), delegationId)
                .update();
    }

    /** What the person gave and received, newest first, each with its state today. */
    List<DelegationSummary> givenOrReceived(String userId) {
        LocalDate today = LedgerCalendar.today();
        return jdbc.sql("SELECT " + COLUMNS + " FROM delegation d WHERE d.delegator_id = :user OR d.delegate_id = :user"
                        + " ORDER BY d.granted_at DESC, d.delegation_id")
                .param("user", userId)
                .query((rs, n) -> {
                    Delegation d = delegation(rs);
                    return new DelegationSummary(
                            d.delegationId(),
                            d.delegator(),
                            d.delegate(),
                            d.from(),
                            d.until(),
                            d.stateOn(today),
                            rs.getTimestamp("granted_at").toInstant());
                })
                .list();
    }

    private static Delegation delegation(ResultSet rs) throws SQLException {
        Side side = Side.valueOf(rs.getString("side"));
        return new Delegation(
                rs.getObject("delegation_id", UUID.class),
                new Actor(
                        rs.getString("delegator_id"),
                        rs.getString("delegator_name"),
                        side,
                        rs.getBoolean("delegator_lead")),
                new Actor(
                        rs.getString("delegate_id"),
                        rs.getString("delegate_name"),
                        side,
                        rs.getBoolean("delegate_lead")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getTimestamp("revoked_at") != null);
    }
}
