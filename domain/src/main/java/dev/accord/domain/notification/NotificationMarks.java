package dev.accord.domain.notification;

import dev.accord.domain.notification.api.NotificationKind;
import java.util.Set;
import java.util.UUID;

/** What each person keeps of their notifications: what they read and what they want by e-mail. Outside the domain. */
public interface NotificationMarks {

    /** Marks the person's notification read; false if no notification of theirs has this id. */
    boolean markRead(UUID notificationId, String userId);

    void markAllRead(String userId);

    void chooseEmailKinds(String userId, Set<NotificationKind> byEmail);
}
