package dev.accord.app.cluster;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which wakes its tracking processors the moment this node appends, and otherwise reads
 * the storage again only after its fetch delay. Another node's append can wake it too ({@link AppendNotices}).
 */
public class WakeableEventStore extends EmbeddedEventStore {

    WakeableEventStore(Builder builder) {
        super(builder);
    }

    /** Reads the storage now if the store is waiting for events, as after an append of this node's own. */
    public void wake() {
        afterCommit(List.of());
    }
}
