package dev.accord.app.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far behind the ledger each of this node's projections is, in events and in time, and how many events each
 * has parked. Only segments this node processes count: with several nodes a segment is judged by the node that
 * holds it, so one stuck node never takes the others out of rotation. Measured at most once a second, however
 * often probes and scrapes ask.
 */
@Component
public class ProjectionLag {

    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    /** One projection: events not yet handled, the age of the oldest of them, events parked, and why it stopped. */
    public record Lag(String group, long events, Duration behind, long parked, String error) {}

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private volatile Measured last;

    private record Measured(long atNanos, List<Lag> lags) {}

    ProjectionLag(JdbcClient jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    public List<Lag> now() {
        Measured measured = last;
        if (measured == null || System.nanoTime() - measured.atNanos() > FRESH_NANOS) {
            measured = new Measured(System.nanoTime(), measure());
            last = measured;
        }
        return measured.lags();
    }

    /** One projection's figures, or none for a projection this node does not know. */
    public Lag of(String group) {
        return now().stream()
                .filter(lag -> lag.group().equals(group))
                .findFirst()
                .orElse(new Lag(group, 0, Duration.ZERO, 0, null));
    }

    private List<Lag> measure() {
        long head = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
        Map<String, Long> parked = jdbc
                .sql("SELECT processing_group, count(*) AS parked FROM dead_letter_entry GROUP BY processing_group")
                .query((rs, n) -> Map.entry(rs.getString("processing_group"), rs.getLong("parked")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> lagOf(processor, head, parked.getOrDefault(processor.getName(), 0L)))
                .toList();
    }

    private Lag lagOf(StreamingEventProcessor processor, long head, long parked) {
        var statuses = processor.processingStatus().values();
        // A segment without a position has not read its first event yet: everything is still ahead of it.
        long position = statuses.stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0))
                .min()
                .orElse(head);
        long events = Math.max(0, head - position);
        String error = statuses.stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError()))
                .findFirst()
                .orElse(null);
        return new Lag(
                processor.getName(), events, events == 0 ? Duration.ZERO : ageOfFirstAfter(position), parked, error);
    }

    private Duration ageOfFirstAfter(long position) {
        return jdbc.sql(
                        "SELECT time_stamp FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1")
                .param(position)
                .query(String.class)
                .optional()
                .map(stamp -> Duration.between(Instant.parse(stamp), Instant.now()))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
