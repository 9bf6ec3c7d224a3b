package dev.accord.app.notifications;

import dev.accord.app.user.UserAccounts;
import dev.accord.domain.notification.NotificationMarks;
import dev.accord.domain.notification.api.NotificationKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each person's marks, kept apart from the notifications themselves (notification_read, notification_email_off):
 * they are the person's, not derived from events, and survive a rebuild of the read model.
 */
@Component
class NotificationMarksTable implements NotificationMarks {

    private final NamedParameterJdbcTemplate jdbc;
    private final UserAccounts accounts;
    private final TransactionTemplate transactions;

    NotificationMarksTable(NamedParameterJdbcTemplate jdbc, UserAccounts accounts, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public boolean markRead(UUID notificationId, String userId) {
        return accounts.find(userId)
                .map(account -> {
                    var reader = Readers.of(account).addValue("id", notificationId);
                    Boolean mine = jdbc.queryForObject(
                            "SELECT EXISTS (SELECT 1 FROM notification n WHERE n.id = :id AND " + Readers.MINE + ")",
                            reader,
                            Boolean.class);
                    if (!Boolean.TRUE.equals(mine)) {
                        return false;
                    }
                    jdbc.update(
                            "INSERT INTO notification_read (notification_id, username) VALUES (:id, :me) "
                                    + "ON CONFLICT DO NOTHING",
                            reader);
                    return true;
                })
                .orElse(false);
    }

    @Override
    public void markAllRead(String userId) {
        accounts.find(userId)
                .ifPresent(account -> jdbc.update(
                        "INSERT INTO notification_read (notification_id, username) SELECT n.id, :me "
                                + "FROM notification n WHERE " + Readers.MINE + " ON CONFLICT DO NOTHING",
                        Readers.of(account)));
    }

    @Override
    public void chooseEmailKinds(String userId, Set<NotificationKind> byEmail) {
        Set<NotificationKind> off = EnumSet.allOf(NotificationKind.class);
        off.removeAll(byEmail);
        transactions.executeWithoutResult(tx -> {
            jdbc.update("DELETE FROM notification_email_off WHERE username = :me", Map.of("me", userId));
            off.forEach(kind -> jdbc.update(
                    "INSERT INTO notification_email_off (username, kind) VALUES (:me, :kind)",
                    Map.of("me", userId, "kind", kind.name())));
        });
    }
}
