package dev.accord.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events a read model cannot store, as a ledger written before the domain refused them may hold: written straight
 * into the event table (INSERT is the one statement it accepts), bypassing the domain's rules.
 */
public final class PoisonedEvents {

    private PoisonedEvents() {}

    /** Appends a copy of a real comment whose text holds U+0000 as the project's next event; returns its id. */
    public static String appendCommentWithNul(Api api, JdbcClient jdbc, String projectId) {
        assertThat(api.as("fay")
                        .post("/api/projects/" + projectId + "/comments", "{\"text\": \"Template\"}")
                        .status())
                .isEqualTo(201);
        String payloadType = jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND payload_type LIKE '%.CommentAdded' LIMIT 1")
                .param(projectId)
                .query(String.class)
                .single();
        String payload = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type = ? AND convert_from(payload, 'UTF8') LIKE ?""")
                .params(projectId, payloadType, "%\"Template\"%")
                .query(String.class)
                .single()
                .replace("\"Template\"", "\"Bad\\u0000byte\"");
        long next = jdbc.sql("SELECT max(sequence_number) + 1 FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(projectId)
                .query(Long.class)
                .single();
        String eventId = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Project', ?, ?, '1', ?, ?)""")
                .params(
                        eventId,
                        projectId,
                        next,
                        Instant.now().toString(),
                        payloadType,
                        payload.getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8))
                .update();
        return eventId;
    }
}
