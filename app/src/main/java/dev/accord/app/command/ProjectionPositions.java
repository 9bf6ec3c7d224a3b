package dev.accord.app.command;

import dev.accord.app.cluster.DatabaseNotifications;
import dev.accord.app.live.ReadModelCommits;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each segment of each projection has read the event stream, on any node. Every node's projections say so
 * when they commit ({@link ReadModelCommits}); a segment this node processes is also read from the processor itself,
 * and the token table gives where the others stood when a wait began (or all along, while this node cannot hear
 * the database's notifications).
 */
@Component
class ProjectionPositions {

    /** How long a wait sleeps at most before it looks again, should a notification be missed. */
    private static final long SLICE_MILLIS = 50;
    /** How often the token table is read while no notifications can be heard. */
    private static final long DEAF_POLL_MILLIS = 10;

    /** An event a command wrote, at its place in the stream. */
    record Written(EventMessage<?> event, long index) {}

    private record SegmentOf(String processor, int segment) {}

    private record Stored(SegmentOf segment, Segment mask, long position) {}

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    private final DatabaseNotifications notifications;
    private final Map<SegmentOf, Long> heard = new ConcurrentHashMap<>();
    private final AtomicLong heardCount = new AtomicLong();

    ProjectionPositions(
            JdbcClient jdbc,
            Serializer serializer,
            EventProcessingConfiguration processing,
            ReadModelCommits commits,
            DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
        this.notifications = notifications;
        commits.onPosition(this::reached);
    }

    /** The global index of the newest committed event. */
    long lastEventIndex() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    /** Where these events are in the stream, by their identifiers. */
    Map<String, Long> indexesOf(Collection<String> eventIdentifiers) {
        return jdbc
                .sql("SELECT event_identifier, global_index FROM domain_event_entry"
                        + " WHERE event_identifier IN (:identifiers)")
                .param("identifiers", eventIdentifiers)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Waits until the segment that handles each written event, of every projection that takes it, has handled it, or
     * the patience runs out. Segments that do not take an event are not waited for.
     *
     * @return the projections still behind: none when the read models caught up
     */
    Set<String> awaitHandled(List<Written> written, Duration patience) {
        return await(
                stored -> written.stream()
                        .filter(event -> takes(stored, event.event()))
                        .mapToLong(Written::index)
                        .max()
                        .orElse(-1),
                patience);
    }

    /** Waits until every segment of every projection has read up to {@code index}, or the patience runs out. */
    Set<String> awaitEverySegmentAt(long index, Duration patience) {
        return await(stored -> index, patience);
    }

    private interface Needed {
        /** The position this segment must reach; -1 for none. */
        long of(Stored segment);
    }

    private Set<String> await(Needed needed, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<SegmentOf, Long> wanted = new HashMap<>();
        Map<SegmentOf, Long> stored = new HashMap<>();
        for (Stored segment : stored()) {
            long position = needed.of(segment);
            if (position >= 0) {
                wanted.put(segment.segment(), position);
            }
            stored.put(segment.segment(), segment.position());
        }
        while (true) {
            long seen = heardCount.get();
            Set<String> behind = wanted.entrySet().stream()
                    .filter(segment -> position(segment.getKey(), stored) < segment.getValue())
                    .map(segment -> segment.getKey().processor())
                    .collect(Collectors.toCollection(TreeSet::new));
            long left = deadline - System.nanoTime();
            if (behind.isEmpty() || left <= 0) {
                return behind;
            }
            if (notifications.listening()) {
                awaitNews(seen, Math.min(SLICE_MILLIS, Math.max(1, left / 1_000_000)));
            } else {
                awaitNews(seen, DEAF_POLL_MILLIS);
                stored().forEach(segment -> stored.put(segment.segment(), segment.position()));
            }
        }
    }

    private void reached(String processor, int segment, long position) {
        heard.merge(new SegmentOf(processor, segment), position, Math::max);
        synchronized (heardCount) {
            heardCount.incrementAndGet();
            heardCount.notifyAll();
        }
    }

    private void awaitNews(long seen, long millis) {
        synchronized (heardCount) {
            if (heardCount.get() == seen) {
                try {
                    heardCount.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the read models", e);
                }
            }
        }
    }

    /** The furthest any source says this segment has got. */
    private long position(SegmentOf segment, Map<SegmentOf, Long> stored) {
        long position = Math.max(stored.getOrDefault(segment, -1L), heard.getOrDefault(segment, -1L));
        if (processing.eventProcessor(segment.processor()).orElse(null) instanceof StreamingEventProcessor processor) {
            EventTrackerStatus local = processor.processingStatus().get(segment.segment());
            if (local != null) {
                position = Math.max(position, local.getCurrentPosition().orElse(-1));
            }
        }
        return position;
    }

    /** Whether this segment's processor has a handler for the event and the event is sequenced into the segment. */
    private boolean takes(Stored segment, EventMessage<?> event) {
        return processing.eventProcessor(segment.segment().processor()).orElse(null)
                        instanceof AbstractEventProcessor processor
                && processor.eventHandlerInvoker().canHandle(event, segment.mask());
    }

    /** Every segment of this node's streaming processors, as the token table has it. */
    private List<Stored> stored() {
        Predicate<String> known = name -> processing
                .eventProcessor(name)
                .filter(StreamingEventProcessor.class::isInstance)
                .isPresent();
        List<Row> rows = jdbc
                .sql("SELECT processor_name, segment, token, token_type FROM token_entry")
                .query((rs, n) -> new Row(
                        rs.getString("processor_name"),
                        rs.getInt("segment"),
                        position(rs.getBytes("token"), rs.getString("token_type"))))
                .list()
                .stream()
                .filter(row -> known.test(row.processor()))
                .toList();
        Map<String, int[]> segmentsOf = rows.stream()
                .collect(Collectors.groupingBy(
                        Row::processor,
                        Collectors.collectingAndThen(
                                Collectors.toList(),
                                list -> list.stream().mapToInt(Row::segment).toArray())));
        return rows.stream()
                .map(row -> new Stored(
                        new SegmentOf(row.processor(), row.segment()),
                        Segment.computeSegment(row.segment(), segmentsOf.get(row.processor())),
                        row.position()))
                .toList();
    }

    private record Row(String processor, int segment, long position) {}

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken trackingToken =
                serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return trackingToken.position().orElse(-1);
    }
}
