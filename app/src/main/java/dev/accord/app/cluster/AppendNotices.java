package dev.accord.app.cluster;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes that events were appended, so that their tracking processors read them at once instead of
 * at the event store's next poll. The notice is sent inside the appending transaction: it arrives when the events can
 * be read, and never for an append that rolled back. A node ignores its own notices (its store woke on commit).
 */
@Component
class AppendNotices {

    static final String CHANNEL = "accord_events";
    private static final String SENT = AppendNotices.class.getName() + ".sent";

    AppendNotices(WakeableEventStore events, DatabaseNotifications notifications, ThisNode node) {
        events.registerDispatchInterceptor(messages -> {
            if (!CurrentUnitOfWork.isStarted()
                    || CurrentUnitOfWork.get().root().resources().putIfAbsent(SENT, Boolean.TRUE) == null) {
                notifications.send(CHANNEL, node.name());
            }
            return (index, message) -> message;
        });
        notifications.listen(CHANNEL, sender -> {
            if (!node.name().equals(sender)) {
                events.wake();
            }
        });
        // Appends made while this node could not hear are read at the store's next poll; this reads them now.
        notifications.afterGap(events::wake);
    }
}
