package dev.accord.app.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.domain.operations.api.DeadLetterEvicted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events a read model does without: those administrators gave up on, as the ledger records them, and those
 * parked.
 */
@Component
public class Evictions {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Evictions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Processing group to the ids of the events it does without. */
    public Map<String, Set<String>> byProcessingGroup() {
        Map<String, Set<String>> evicted = new HashMap<>();
        jdbc.sql("SELECT payload FROM domain_event_entry WHERE payload_type = ?")
                .param(DeadLetterEvicted.class.getName())
                .query((rs, n) -> read(rs.getBytes(1)))
                .list()
                .forEach(eviction -> evicted.computeIfAbsent(
                                eviction.path("processingGroup").asText(), group -> new HashSet<>())
                        .add(eviction.path("eventIdentifier").asText()));
        return evicted;
    }

    /**
     * Processing group to the ids of the events it does without at this moment: those given up on, and those parked
     * now (handed back later, they go to whichever tables then serve).
     */
    public Map<String, Set<String>> doneWithoutByProcessingGroup() {
        Map<String, Set<String>> without = byProcessingGroup();
        jdbc.sql("SELECT processing_group, event_identifier FROM dead_letter_entry")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(parked -> without.computeIfAbsent(parked.getKey(), group -> new HashSet<>())
                        .add(parked.getValue()));
        return without;
    }

    private JsonNode read(byte[] payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
