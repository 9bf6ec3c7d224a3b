package dev.accord.app.command;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * How far each projection has read the event stream, as stored in the token table. Read from the database,
 * not from this node's processors, so the answer holds when another node processes a segment.
 */
@Component
class ProjectionPositions {

    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

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
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }

    /** Waits until every streaming processor has handled the event at {@code index}, or the patience runs out. */
    boolean awaitAllProjectionsAt(long index, Duration patience) {
        Set<String> processors = processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Map<String, Long> positions = lowestPositions();
            if (processors.stream().allMatch(name -> positions.getOrDefault(name, -1L) >= index)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Per processor, the position of its slowest segment. */
    private Map<String, Long> lowestPositions() {
        List<Object[]> rows = jdbc.sql("SELECT processor_name, token, token_type FROM token_entry")
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getBytes(2), rs.getString(3)})
                .list();
        Map<String, Long> lowest = new HashMap<>();
        for (Object[] row : rows) {
            long position = position((byte[]) row[1], (String) row[2]);
            lowest.merge((String) row[0], position, Math::min);
        }
        return lowest;
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken trackingToken = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, type, null));
        return trackingToken.position().orElse(-1);
    }
}
