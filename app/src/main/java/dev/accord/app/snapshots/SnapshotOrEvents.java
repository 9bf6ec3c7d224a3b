package dev.accord.app.snapshots;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine, reading a snapshot's state as soon as it reads the snapshot. Axon reads a payload only
 * when it is first asked for, and by then the event store can no longer pass the snapshot over: a snapshot that does
 * not fit the aggregate class (a field it no longer has, with the revision left as it was) would make every command on
 * that aggregate fail. Read here, the failure reaches the event store's own fallback, which logs it and loads the
 * aggregate from its events; the next snapshot then replaces the bad one.
 */
public class SnapshotOrEvents extends JdbcEventStorageEngine {

    public SnapshotOrEvents(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
        snapshot.ifPresent(DomainEventMessage::getPayload);
        return snapshot;
    }
}
