package dev.accord.app.user;

import dev.accord.domain.people.UserDirectory;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.people.api.UserSummary;
import dev.accord.domain.shared.Side;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** The columns {@link #account} reads, for queries that join the account (prefix them with its alias). */
    /** The origin of an account the company's identity provider signs in (user_account.origin; V18's CHECK). */
    public static final String IDENTITY_PROVIDER_ORIGIN = "IDENTITY_PROVIDER";

    public static final String ACCOUNT_COLUMNS =
            "username, display_name, side, role, password_hash, enabled, email, lead, must_choose_password";

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM user_account WHERE username = ?")
                .param(username)
                .query((rs, row) -> account(rs))
                .optional();
    }

    /** One account from a row holding {@link #ACCOUNT_COLUMNS}. */
    public static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                side(rs),
                Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getString("email"),
                rs.getBoolean("lead"),
                rs.getBoolean("must_choose_password"));
    }

    private static Side side(ResultSet rs) throws SQLException {
        return rs.getString("side") == null ? null : Side.valueOf(rs.getString("side"));
    }

    /** Adds a user unless one with that name exists. Returns whether it was added. */
    public boolean addIfAbsent(
            String username, String displayName, Side side, Role role, String password, String createdBy) {
        return addIfAbsent(new NewAccount(username, displayName, side, role, null, false), password, createdBy);
    }

    /**
     * Adds a user unless one with that name exists, with a password whoever starts Accord chose (the demo people, the
     * first administrator). Returns whether it was added.
     */
    public boolean addIfAbsent(NewAccount account, String password, String createdBy) {
        return insert(account, password, createdBy, false);
    }

    private boolean insert(NewAccount account, String password, String createdBy, boolean mustChoosePassword) {
        return jdbc.sql("""
                        INSERT INTO user_account
                            (username, display_name, side, role, email, lead, password_hash, created_by,
                             must_choose_password)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""")
                        .params(
                                account.username(),
                                account.displayName(),
                                account.side() == null ? null : account.side().name(),
                                account.role().name(),
                                account.email(),
                                account.lead(),
                                passwordEncoder.encode(password),
                                createdBy,
                                mustChoosePassword)
                        .update()
                == 1;
    }

    /** Who a new account is for, before it has a password. */
    public record NewAccount(String username, String displayName, Side side, Role role, String email, boolean lead) {}

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
    public Optional<UserSummary> person(String username) {
        return find(username).map(UserAccount::summary);
    }

    /** An administrator adds this person: the password is the administrator's, so its owner must choose their own. */
    @Override
    public void add(UserSummary person, String password, String addedBy) {
        NewAccount account = new NewAccount(
                person.username(), person.displayName(), person.side(), person.role(), person.email(), person.lead());
        if (!insert(account, password, addedBy, true)) {
            throw new dev.accord.domain.shared.ConflictException("There is already a user " + person.username());
        }
    }

    @Override
    public boolean signsInWithIdentityProvider(String username) {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE username = ? AND origin = ?")
                        .param(username)
                        .param(IDENTITY_PROVIDER_ORIGIN)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void resetPassword(String username, String password) {
        setPassword(username, password, true);
    }

    @Override
    public boolean passwordMatches(String username, String password) {
        return find(username)
                .filter(account -> passwordEncoder.matches(password, account.passwordHash()))
                .isPresent();
    }

    @Override
    public void choosePassword(String username, String password) {
        setPassword(username, password, false);
    }

    private void setPassword(String username, String password, boolean mustChoose) {
        jdbc.sql("UPDATE user_account SET password_hash = ?, must_choose_password = ? WHERE username = ?")
                .params(passwordEncoder.encode(password), mustChoose, username)
                .update();
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE user_account SET enabled = ? WHERE username = ?")
                .params(enabled, username)
                .update();
    }

    @Override
    public void setEmail(String username, String email) {
        jdbc.sql("UPDATE user_account SET email = ? WHERE username = ?")
                .params(email, username)
                .update();
    }

    @Override
    public void setLead(String username, boolean lead) {
        jdbc.sql("UPDATE user_account SET lead = ? WHERE username = ?")
                .params(lead, username)
                .update();
    }

    public java.util.List<UserSummary> all(boolean includeDisabled) {
        return jdbc.sql("SELECT username, display_name, side, role, enabled, email, lead FROM user_account"
                        + (includeDisabled ? "" : " WHERE enabled") + " ORDER BY display_name, username")
                .query((rs, n) -> new UserSummary(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        side(rs),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        rs.getString("email"),
                        rs.getBoolean("lead")))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }
}
