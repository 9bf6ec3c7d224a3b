package dev.accord.app.notifications;

import dev.accord.app.user.UserAccount;
import dev.accord.domain.people.api.Role;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Whose notifications a query reads: the person's name, side, whether they are a member and whether they lead their
 * side, as the parameters of {@link Audience#includes} in its form for one reader ({@link #MINE}).
 */
final class Readers {

    /** The rows {@code n} addressed to the reader. */
    static final String MINE = Audience.includes(":me", ":side", ":member", ":lead");

    private Readers() {}

    static MapSqlParameterSource of(UserAccount account) {
        return new MapSqlParameterSource(Map.of(
                        "me", account.username(),
                        "member", account.enabled() && account.role() == Role.MEMBER,
                        "lead", account.lead()))
                .addValue("side", account.side() == null ? null : account.side().name());
    }
}
