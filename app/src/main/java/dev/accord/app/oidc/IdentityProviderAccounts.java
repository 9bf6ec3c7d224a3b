package dev.accord.app.oidc;

import dev.accord.app.user.UserAccount;
import dev.accord.app.user.UserAccounts;
import dev.accord.app.user.UserAccounts.NewAccount;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The user_account rows of people the identity provider vouches for, written at each sign-in with what its claims
 * say now, so that they appear among the people, can be written to, and are found as members and leads of their
 * side like everyone else. An account an administrator disabled stays disabled and is refused: the identity
 * provider vouches for who someone is, Accord decides whether they may still come in.
 */
@Repository
public class IdentityProviderAccounts {

    /**
     * The password hash of every such account: not a bcrypt hash, so no password ever matches it (and the schema
     * allows no other for them). Being constant, it also keeps a browser session valid for as long as the account
     * stays enabled (SessionEndsWithAccount compares it).
     */
    public static final String NO_PASSWORD = "{identity-provider}";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    IdentityProviderAccounts(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * The person's account, created or brought up to date with their claims (written only when something
     * changed, so an API call with an unchanged token only reads); a name or address the claims do not give is kept
     * as it was. A local account of the same user id becomes the
     * identity provider's: its password stops working. Refused when the account is disabled.
     */
    public UserAccount signedIn(NewAccount person) {
        Optional<UserAccount> before = accounts.find(person.username());
        String displayName = person.displayName() != null
                ? person.displayName()
                : before.map(UserAccount::displayName).orElse(person.username());
        String email = person.email() != null
                ? person.email()
                : before.map(UserAccount::email).orElse(null);
        Optional<UserAccount> written = jdbc.sql("INSERT INTO user_account"
                        + " (username, display_name, side, role, email, lead, password_hash, created_by, origin)"
                        + " VALUES (:username, :displayName, :side, :role, :email, :lead, :noPassword,"
                        + " 'identity-provider', :origin)"
                        + " ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name,"
                        + " side = EXCLUDED.side, role = EXCLUDED.role, email = EXCLUDED.email, lead = EXCLUDED.lead,"
                        + " password_hash = EXCLUDED.password_hash, origin = EXCLUDED.origin,"
                        + " must_choose_password = FALSE"
                        + " WHERE user_account.enabled AND (user_account.display_name, user_account.side,"
                        + " user_account.role, user_account.email, user_account.lead, user_account.origin)"
                        + " IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.side, EXCLUDED.role, EXCLUDED.email,"
                        + " EXCLUDED.lead, EXCLUDED.origin)"
                        + " RETURNING " + UserAccounts.ACCOUNT_COLUMNS)
                .param("username", person.username())
                .param("displayName", displayName)
                .param("side", person.side() == null ? null : person.side().name())
                .param("role", person.role().name())
                .param("email", email)
                .param("lead", person.lead())
                .param("noPassword", NO_PASSWORD)
                .param("origin", UserAccounts.IDENTITY_PROVIDER_ORIGIN)
                .query((rs, row) -> UserAccounts.account(rs))
                .optional();
        UserAccount account = written.or(() -> before).orElseThrow();
        if (!account.enabled()) {
            throw new PersonRefusedException(
                    "The account " + person.username() + " is disabled in Accord; ask an administrator");
        }
        return account;
    }
}
