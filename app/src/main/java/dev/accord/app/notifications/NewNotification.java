package dev.accord.app.notifications;

import dev.accord.domain.notification.api.NotificationKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A notification as the projection writes it: what, about which project and change, when, and for whom. */
record NewNotification(
        UUID id, NotificationKind kind, String text, UUID projectId, UUID changeId, Instant at, Audience audience) {

    /** The id follows from the event's and the audience, so that handling the event again finds the same row. */
    static NewNotification of(
            String eventId,
            NotificationKind kind,
            String text,
            UUID projectId,
            UUID changeId,
            Instant at,
            Audience audience) {
        UUID id = UUID.nameUUIDFromBytes((eventId + "/" + audience.key()).getBytes(StandardCharsets.UTF_8));
        return new NewNotification(id, kind, text, projectId, changeId, at, audience);
    }
}
