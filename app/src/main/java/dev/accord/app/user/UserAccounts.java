package dev.accord.app.user;

import dev.accord.domain.shared.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The user_account table. Passwords go in as plain text and are stored only as bcrypt hashes. */
@Repository
public class UserAccounts {

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
    public boolean addIfAbsent(String username, String displayName, Side side, Role role, String password,
                               String createdBy) {
        return jdbc.sql("""
                        INSERT INTO user_account (username, display_name, side, role, password_hash, created_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""")
                .params(username, displayName, side == null ? null : side.name(), role.name(),
                        passwordEncoder.encode(password), createdBy)
                .update() == 1;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }
}
