package dev.accord.app.tokens;

import dev.accord.app.user.UserAccount;
import dev.accord.app.user.UserAccounts;
import dev.accord.domain.tokens.ApiTokenStore;
import dev.accord.domain.tokens.api.ApiTokenSummary;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table: tokens by the hash of their secret, each with its owner. */
@Repository
public class ApiTokenTable implements ApiTokenStore {

    /** How stale lastUsedAt may be: recording every use would make each read a write. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    ApiTokenTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token that works now, and the account it acts for as that account is now. */
    record Bearer(UUID tokenId, UserAccount account, Instant lastUsedAt) {}

    @Override
    public void add(UUID id, String username, String name, String secretHash, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO api_token (id, username, name, secret_hash, expires_at)
                        VALUES (:id, :username, :name, :secretHash, :expiresAt)""")
                .param("id", id)
                .param("username", username)
                .param("name", name)
                .param("secretHash", secretHash)
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    @Override
    public boolean revoke(UUID id, String username) {
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = now()
                        WHERE id = :id AND username = :username AND revoked_at IS NULL AND expires_at > now()""").param("id", id).param("username", username).update() == 1;
    }

    /** The working token with this hash and its enabled owner: one indexed read, joined, per request. */
    Optional<Bearer> bearer(String secretHash) {
        return jdbc.sql("""
                        SELECT t.id, t.last_used_at,
                               a.username, a.display_name, a.side, a.role, a.password_hash, a.enabled,
                               a.email, a.lead, a.must_choose_password
                        FROM api_token t JOIN user_account a ON a.username = t.username
                        WHERE t.secret_hash = :secretHash AND t.revoked_at IS NULL AND t.expires_at > now()
                          AND a.enabled""")
                .param("secretHash", secretHash)
                .query((rs, row) -> new Bearer(
                        rs.getObject("id", UUID.class),
                        UserAccounts.account(rs),
                        instant(rs.getTimestamp("last_used_at"))))
                .optional();
    }

    void used(Bearer bearer) {
        if (bearer.lastUsedAt() == null
                || bearer.lastUsedAt().isBefore(Instant.now().minus(LAST_USE_PRECISION))) {
            jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE id = :id")
                    .param("id", bearer.tokenId())
                    .update();
        }
    }

    List<ApiTokenSummary> working(String username) {
        return jdbc.sql("""
                        SELECT id, name, created_at, expires_at, last_used_at FROM api_token
                        WHERE username = :username AND revoked_at IS NULL AND expires_at > now()
                        ORDER BY created_at DESC, id""")
                .param("username", username)
                .query((rs, row) -> new ApiTokenSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
