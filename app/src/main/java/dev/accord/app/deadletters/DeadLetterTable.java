package dev.accord.app.deadletters;

import dev.accord.domain.operations.DeadLetterQueues;
import dev.accord.domain.operations.api.DeadLetter;
import dev.accord.domain.operations.api.FindDeadLetters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read models' parked events: listed straight from Axon's dead-letter table, handed back and evicted through
 * Axon's own queue and processor for the read model, so the queue's bookkeeping stays Axon's.
 */
@Component
class DeadLetterTable implements DeadLetterQueues {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTable.class);

    /** The letter keeps the processor's token, not the event's place in the ledger: that comes from the event. */
    private static final String COLUMNS = """
            SELECT d.processing_group, d.sequence_identifier, d.event_identifier, d.payload_type,
                   row_number() OVER (PARTITION BY d.processing_group, d.sequence_identifier
                                      ORDER BY d.sequence_index) - 1 AS position,
                   d.aggregate_identifier, d.sequence_number, d.cause_type, d.cause_message, d.enqueued_at,
                   d.last_touched, e.global_index
            FROM dead_letter_entry d LEFT JOIN domain_event_entry e ON e.event_identifier = d.event_identifier""";

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;

    DeadLetterTable(JdbcClient jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    @QueryHandler
    List<DeadLetter> handle(FindDeadLetters query) {
        return jdbc.sql(COLUMNS + " ORDER BY d.processing_group, d.sequence_identifier, d.sequence_index")
                .query(this::row)
                .list();
    }

    @Override
    public Optional<DeadLetter> find(String processingGroup, String eventIdentifier) {
        return jdbc.sql("SELECT * FROM (" + COLUMNS + ") letter WHERE processing_group = ? AND event_identifier = ?")
                .params(processingGroup, eventIdentifier)
                .query(this::row)
                .optional();
    }

    @Override
    public int retry(String processingGroup, String sequence) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(processingGroup);
        long before = parked(processingGroup, sequence);
        Optional<String> head = headOf(processingGroup, sequence);
        if (head.isEmpty()) {
            return 0;
        }
        // Axon hands back the sequence whose first letter matches; it stops at the first letter that fails again.
        processor.process(letter -> letter.message().getIdentifier().equals(head.get()));
        return (int) (before - parked(processingGroup, sequence));
    }

    @Override
    public void evict(DeadLetter letter) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(letter.processingGroup());
        StreamSupport.stream(queue.deadLetterSequence(letter.sequence()).spliterator(), false)
                .filter(parked -> parked.message().getIdentifier().equals(letter.eventIdentifier()))
                .findFirst()
                .ifPresent(queue::evict);
        // What waited behind it goes to the read model once the eviction is committed, outside this command's lock.
        Runnable retry = () -> {
            try {
                retry(letter.processingGroup(), letter.sequence());
            } catch (RuntimeException e) {
                log.warn(
                        "Handing back the events behind evicted {} failed; retry them under Operations",
                        letter.eventIdentifier(),
                        e);
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(uow -> retry.run());
        } else {
            retry.run();
        }
    }

    private long parked(String processingGroup, String sequence) {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?")
                .params(processingGroup, sequence)
                .query(Long.class)
                .single();
    }

    private Optional<String> headOf(String processingGroup, String sequence) {
        return jdbc.sql("""
                        SELECT event_identifier FROM dead_letter_entry
                        WHERE processing_group = ? AND sequence_identifier = ?
                        ORDER BY sequence_index LIMIT 1""")
                .params(processingGroup, sequence)
                .query(String.class)
                .optional();
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String processingGroup) {
        return processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new dev.accord.domain.shared.NotFoundException("No read model " + processingGroup));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        return processing
                .deadLetterQueue(processingGroup)
                .orElseThrow(() -> new dev.accord.domain.shared.NotFoundException("No read model " + processingGroup));
    }

    private DeadLetter row(ResultSet rs, int n) throws SQLException {
        String cause = rs.getString("cause_type");
        String message = rs.getString("cause_message");
        String error = cause == null ? message : simpleName(cause) + (message == null ? "" : ": " + message);
        return new DeadLetter(
                rs.getString("processing_group"),
                rs.getString("sequence_identifier"),
                rs.getLong("position"),
                rs.getString("event_identifier"),
                (Long) rs.getObject("global_index"),
                simpleName(rs.getString("payload_type")),
                rs.getString("aggregate_identifier"),
                (Long) rs.getObject("sequence_number"),
                error,
                instant(rs.getString("enqueued_at")),
                instant(rs.getString("last_touched")));
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }
}
