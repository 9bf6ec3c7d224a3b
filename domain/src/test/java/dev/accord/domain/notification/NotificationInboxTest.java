package dev.accord.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.notification.api.ChooseEmailKinds;
import dev.accord.domain.notification.api.MarkAllNotificationsRead;
import dev.accord.domain.notification.api.MarkNotificationRead;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.Side;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationInboxTest {

    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final UUID FAYS = UUID.randomUUID();

    private final Marks marks = new Marks();
    private final NotificationInbox inbox = new NotificationInbox(marks);

    @Test
    void marksOwnNotificationRead() {
        inbox.handle(new MarkNotificationRead(FAYS, FAY));

        assertThat(marks.read).containsExactly("fay/" + FAYS);
    }

    @Test
    void someoneElsesNotificationIsAnsweredAsIfItDidNotExist() {
        Actor ida = new Actor("ida", "Ida Berg", Side.IT);

        assertThatThrownBy(() -> inbox.handle(new MarkNotificationRead(FAYS, ida)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("You have no notification");
        assertThat(marks.read).isEmpty();
    }

    @Test
    void aMissingIdIsNotFound() {
        assertThatThrownBy(() -> inbox.handle(new MarkNotificationRead(null, FAY)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void marksAllOfTheActorsRead() {
        inbox.handle(new MarkAllNotificationsRead(FAY));

        assertThat(marks.allRead).containsExactly("fay");
    }

    @Test
    void choosesTheKindsToReceiveByEmail() {
        inbox.handle(new ChooseEmailKinds(Set.of(NotificationKind.ESCALATION), FAY));

        assertThat(marks.byEmail).containsEntry("fay", EnumSet.of(NotificationKind.ESCALATION));
    }

    @Test
    void noKindByEmailIsAChoiceToo() {
        inbox.handle(new ChooseEmailKinds(Set.of(), FAY));

        assertThat(marks.byEmail).containsEntry("fay", EnumSet.noneOf(NotificationKind.class));
    }

    @Test
    void kindsThatAreNotNamedAreRefused() {
        assertThatThrownBy(() -> inbox.handle(new ChooseEmailKinds(null, FAY)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal ->
                        assertThat(((InvalidInputException) refusal).field()).isEqualTo("byEmail"));
        assertThat(marks.byEmail).isEmpty();
    }

    /** Fay holds one notification; nobody else holds any. */
    private static final class Marks implements NotificationMarks {
        final Set<String> read = new HashSet<>();
        final Set<String> allRead = new HashSet<>();
        final Map<String, Set<NotificationKind>> byEmail = new HashMap<>();

        @Override
        public boolean markRead(UUID notificationId, String userId) {
            if (!FAYS.equals(notificationId) || !"fay".equals(userId)) {
                return false;
            }
            read.add(userId + "/" + notificationId);
            return true;
        }

        @Override
        public void markAllRead(String userId) {
            allRead.add(userId);
        }

        @Override
        public void chooseEmailKinds(String userId, Set<NotificationKind> kinds) {
            byEmail.put(userId, kinds);
        }
    }
}
