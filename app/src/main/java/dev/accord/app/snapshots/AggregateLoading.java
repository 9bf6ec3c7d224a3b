package dev.accord.app.snapshots;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.serialization.Serializer;

/**
 * How a command finds its aggregate's current state without folding the whole history: from the latest snapshot
 * and the events after it. Every {@code accord.snapshots.every} events an aggregate takes, a snapshot of it is
 * stored once the command's transaction has committed (0 takes none). Snapshots are derived data: the events stay
 * the truth, a snapshot of another revision of the aggregate class is ignored, and the history views always read
 * from the first event.
 *
 * <p>The aggregate cache ({@code accord.aggregate-cache.enabled}) stays off by default: Accord runs several nodes on
 * one database with no routing of a project's commands to one node, and Axon's cache does not look for events another
 * node appended since. A write on such stale state is caught (the append meets the event table's unique key, the
 * cache entry is dropped and the command retried on fresh state), but a refusal decided on it is not: node A would
 * refuse to approve version 2 of a change that node B has just revised to version 2. On a single node, or behind
 * routing that sends each project to one node, the cache is safe. See docs/snapshots.md and TwoNodesAndACacheIT.
 */
public final class AggregateLoading {

    private final int snapshotEvery;
    private final boolean cache;
    private final Serializer snapshotSerializer;

    AggregateLoading(int snapshotEvery, boolean cache, Serializer snapshotSerializer) {
        if (snapshotEvery < 0) {
            throw new IllegalArgumentException("accord.snapshots.every must be 0 (no snapshots) or more");
        }
        this.snapshotEvery = snapshotEvery;
        this.cache = cache;
        this.snapshotSerializer = snapshotSerializer;
    }

    /** Snapshots (and the cache, when enabled) for one aggregate type. */
    public <A> AggregateConfigurer<A> configure(AggregateConfigurer<A> aggregate) {
        if (snapshotEvery > 0) {
            aggregate.configureSnapshotTrigger(
                    c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotEvery));
        }
        if (cache) {
            aggregate.configureCache(c -> new WeakReferenceCache());
        }
        return aggregate;
    }

    /** What the event store writes snapshots with, and reads them back with (see {@link SnapshotJson}). */
    public Serializer snapshotSerializer() {
        return snapshotSerializer;
    }
}
