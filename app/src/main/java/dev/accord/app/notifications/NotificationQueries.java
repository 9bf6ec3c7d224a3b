package dev.accord.app.notifications;

import dev.accord.app.user.UserAccount;
import dev.accord.app.user.UserAccounts;
import dev.accord.domain.notification.api.FindEmailKinds;
import dev.accord.domain.notification.api.FindMyNotifications;
import dev.accord.domain.notification.api.Notification;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.domain.notification.api.Notifications;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's notifications: those whose audience includes them as their account stands now (a new member of
 * Finance sees what waits for Finance), with their own marks of what they read.
 */
@Component
class NotificationQueries {

    /** The notification centre and the API show this many at most; the unread count covers all. */
    static final int LONGEST_LIST = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final UserAccounts accounts;

    NotificationQueries(NamedParameterJdbcTemplate jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @QueryHandler
    Notifications handle(FindMyNotifications query) {
        Optional<UserAccount> account = accounts.find(query.userId()).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return new Notifications(List.of(), 0);
        }
        var reader = Readers.of(account.get()).addValue("limit", Math.max(0, Math.min(LONGEST_LIST, query.limit())));
        List<Notification> latest = query.limit() <= 0
                ? List.of()
                : jdbc.query(
                        """
                SELECT n.*, r.notification_id IS NOT NULL AS read FROM notification n
                LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = :me
                WHERE """ + Readers.MINE + " ORDER BY n.at DESC, n.id LIMIT :limit",
                        reader,
                        (rs, i) -> new Notification(
                                rs.getObject("id", UUID.class),
                                NotificationKind.valueOf(rs.getString("kind")),
                                rs.getString("text"),
                                rs.getObject("project_id", UUID.class),
                                rs.getObject("change_id", UUID.class),
                                rs.getTimestamp("at").toInstant(),
                                rs.getBoolean("read")));
        Long unread = jdbc.queryForObject(
                "SELECT count(*) FROM notification n WHERE " + Readers.MINE
                        + " AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id"
                        + " AND r.username = :me)",
                reader,
                Long.class);
        return new Notifications(latest, unread == null ? 0 : unread);
    }

    @QueryHandler
    Set<NotificationKind> handle(FindEmailKinds query) {
        Set<NotificationKind> on = EnumSet.allOf(NotificationKind.class);
        jdbc.queryForList(
                        "SELECT kind FROM notification_email_off WHERE username = :me",
                        java.util.Map.of("me", query.userId()),
                        String.class)
                .forEach(kind -> on.remove(NotificationKind.valueOf(kind)));
        return on;
    }
}
