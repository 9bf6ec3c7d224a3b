package dev.accord.ui.base;

import com.vaadin.flow.component.notification.Notification;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;

/** A short notification of what someone else just did on what I am looking at. */
public final class Activity {

    private Activity() {}

    /** Tells me what happened, unless I did it myself. */
    public static void tell(ActivityNote note, Actor me) {
        if (note != null && !note.actorUserId().equals(me.userId())) {
            Notification notification = Notification.show(note.text(), 5000, Notification.Position.TOP_END);
            notification.addClassName("activity-note");
        }
    }
}
