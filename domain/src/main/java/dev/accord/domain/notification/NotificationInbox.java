package dev.accord.domain.notification;

import dev.accord.domain.notification.api.ChooseEmailKinds;
import dev.accord.domain.notification.api.MarkAllNotificationsRead;
import dev.accord.domain.notification.api.MarkNotificationRead;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import java.util.EnumSet;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;

/**
 * Each person's own notifications: they mark them read and choose which kinds reach them by e-mail. Nothing here is
 * the ledger's business, so no event is recorded; the marks are the person's, like their password.
 */
public class NotificationInbox {

    private final NotificationMarks marks;

    public NotificationInbox(NotificationMarks marks) {
        this.marks = marks;
    }

    @CommandHandler
    public void handle(MarkNotificationRead command) {
        // Someone else's notification is answered like one that does not exist: it is not theirs to learn of.
        if (command.notificationId() == null
                || !marks.markRead(command.notificationId(), command.actor().userId())) {
            throw new NotFoundException("You have no notification " + command.notificationId());
        }
    }

    @CommandHandler
    public void handle(MarkAllNotificationsRead command) {
        marks.markAllRead(command.actor().userId());
    }

    @CommandHandler
    public void handle(ChooseEmailKinds command) {
        if (command.byEmail() == null || command.byEmail().stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("byEmail", "Name the kinds of notification to receive by e-mail");
        }
        marks.chooseEmailKinds(
                command.actor().userId(),
                command.byEmail().isEmpty()
                        ? EnumSet.noneOf(NotificationKind.class)
                        : EnumSet.copyOf(command.byEmail()));
    }
}
