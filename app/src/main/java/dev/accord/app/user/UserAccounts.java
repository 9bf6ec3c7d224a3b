package dev.accord.app.user;

import dev.accord.domain.people.UserDirectory;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Side;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The user_account table. Passwords go in as plain text and are stored only as bcrypt hashes. */
@Repository
public class UserAccounts implements UserDirectory {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("""
                        SELECT username, display_name, side, role, password_hash, enabled
                        FROM user_account WHERE username = ?""")
                .param(username)
                .query((rs, row) -> new UserAccount(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("side") == null ? null : Side.valueOf(rs.getString("side")),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** Adds a user unless one with that name exists. Returns whether it was added. */
    public boolean addIfAbsent(
            String username, String displayName, Side side, Role role, String password, String createdBy) {
        return jdbc.sql("""
                        INSERT INTO user_account (username, display_name, side, role, password_hash, created_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""")
                        .params(
                                username,
                                displayName,
                                side == null ? null : side.name(),
                                role.name(),
                                passwordEncoder.encode(password),
                                createdBy)
                        .update()
                == 1;
    }

    @Override
    public boolean exists(String username) {
        return find(username).isPresent();
    }

    @Override
    public boolean isActiveAdmin(String username) {
        return find(username)
                .filter(account -> account.enabled() && account.role() == Role.ADMIN)
                .isPresent();
    }

    @Override
    public void add(String username, String displayName, Side side, Role role, String password, String addedBy) {
        if (!addIfAbsent(username, displayName, side, role, password, addedBy)) {
            throw new dev.accord.domain.shared.ConflictException("There is already a user " + username);
        }
    }

    @Override
    public void setPassword(String username, String password) {
        jdbc.sql("UPDATE user_account SET password_hash = ? WHERE username = ?")
                .params(passwordEncoder.encode(password), username)
                .update();
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE user_account SET enabled = ? WHERE username = ?")
                .params(enabled, username)
                .update();
    }

    public java.util.List<UserSummary> all(boolean includeDisabled) {
        return jdbc.sql("SELECT username, display_name, side, role, enabled FROM user_account"
                        + (includeDisabled ? "" : " WHERE enabled") + " ORDER BY display_name, username")
                .query((rs, n) -> new UserSummary(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("side") == null ? null : Side.valueOf(rs.getString("side")),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }
}
