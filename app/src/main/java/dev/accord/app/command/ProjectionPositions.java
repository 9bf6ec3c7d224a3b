package dev.accord.app.command;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each projection has read the event stream. Segments this node processes are read from the processor
 * itself (it advances past events it ignores at once); segments another node holds are read from the token
 * table, so the answer also holds with several nodes.
 */
@Component
class ProjectionPositions {

    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;

    ProjectionPositions(JdbcClient jdbc, Serializer serializer, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
    }

    /** The global index of the newest committed event. */
    long lastEventIndex() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    /**
     * Waits until every streaming processor that takes any of the {@code written} event types has handled the event at
     * {@code index}, or the patience runs out.
     *
     * @return the processors still behind: none when the read models caught up
     */
    Set<String> awaitProjectionsAt(long index, Set<Class<?>> written, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Segment> segments = segments().stream()
                .filter(segment -> segment.takesAnyOf(written))
                .toList();
        while (true) {
            Set<String> behind = segments.stream()
                    .filter(segment -> segment.position() < index)
                    .map(segment -> segment.processor().getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (behind.isEmpty() || System.nanoTime() > deadline) {
                return behind;
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (segments.stream().anyMatch(Segment::remote)) {
                segments = segments().stream()
                        .filter(segment -> segment.takesAnyOf(written))
                        .toList();
            }
        }
    }

    /** Every segment of every streaming processor, as stored in the token table. */
    private List<Segment> segments() {
        Map<String, StreamingEventProcessor> processors = new java.util.HashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return jdbc
                .sql("SELECT processor_name, segment, token, token_type FROM token_entry")
                .query((rs, n) -> {
                    StreamingEventProcessor local = processors.get(rs.getString("processor_name"));
                    int segment = rs.getInt("segment");
                    long stored = position(rs.getBytes("token"), rs.getString("token_type"));
                    return new Segment(local, segment, stored);
                })
                .list()
                .stream()
                .filter(segment -> segment.processor() != null)
                .toList();
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken trackingToken =
                serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return trackingToken.position().orElse(-1);
    }

    private record Segment(StreamingEventProcessor processor, int id, long storedPosition) {

        boolean remote() {
            return !processor.processingStatus().containsKey(id);
        }

        boolean takesAnyOf(Set<Class<?>> eventTypes) {
            return !(processor instanceof AbstractEventProcessor handlers)
                    || eventTypes.contains(Object.class)
                    || eventTypes.stream()
                            .anyMatch(type -> handlers.eventHandlerInvoker().canHandleType(type));
        }

        long position() {
            EventTrackerStatus status = processor.processingStatus().get(id);
            if (status == null) {
                return storedPosition;
            }
            return status.getCurrentPosition().orElse(-1);
        }
    }
}
