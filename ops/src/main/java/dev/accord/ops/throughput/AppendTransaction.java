package dev.accord.ops.throughput;

/**
 * The append Accord does, as pgbench runs it: in one transaction, read an aggregate's last sequence number and
 * insert the next event row, into a table shaped like Accord's domain_event_entry (V1) with payloads and metadata
 * of the size Accord's own events had in this run. Aggregates are drawn at random among as many as the Accord run
 * works on; their identifiers are UUIDs as Accord's are. Two clients that draw the same aggregate at once meet on
 * the (aggregate, sequence) key as two Accord nodes would; the loser inserts nothing (ON CONFLICT DO NOTHING), so
 * pgbench goes on, and the rows really appended are counted apart from its transactions.
 * <p>
 * Left out, so that this stays PostgreSQL's own floor for the pattern: Accord's triggers on the table (the
 * global-index advisory lock of V1, the integrity leaf of V12) and everything Accord does around the append.
 */
record AppendTransaction(int aggregates, int payloadBytes, int metadataBytes) {

    /** V1's columns and keys; the global index from a plain sequence instead of the serializing trigger. */
    static final String TABLE = """
            CREATE TABLE domain_event_entry (
                global_index         BIGSERIAL    NOT NULL PRIMARY KEY,
                event_identifier     VARCHAR(255) NOT NULL UNIQUE,
                aggregate_identifier VARCHAR(255) NOT NULL,
                sequence_number      BIGINT       NOT NULL,
                type                 VARCHAR(255),
                time_stamp           VARCHAR(255) NOT NULL,
                payload_type         VARCHAR(255) NOT NULL,
                payload_revision     VARCHAR(255),
                payload              BYTEA        NOT NULL,
                meta_data            BYTEA,
                UNIQUE (aggregate_identifier, sequence_number)
            )""";

    AppendTransaction {
        if (aggregates < 1) {
            throw new IllegalArgumentException("At least one aggregate");
        }
    }

    /**
     * The pgbench script. pgbench takes ":name" for a variable, so no colon in it may be followed by a letter: the
     * casts are "::" (which pgbench skips) and the time stamp is made without a format string.
     */
    String script() {
        String aggregate = "md5(CAST(:aggregate AS text))::uuid::text";
        return """
                \\set aggregate random(1, %d)
                BEGIN;
                SELECT coalesce(max(sequence_number), -1) + 1 AS next_sequence FROM domain_event_entry \
                WHERE aggregate_identifier = %s \\gset
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, \
                time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (gen_random_uuid()::text, \
                %s, :next_sequence, 'Project', CAST(now() AT TIME ZONE 'UTC' AS text), \
                'dev.accord.domain.project.api.CommentAdded', NULL, convert_to('%s', 'UTF8'), \
                convert_to('%s', 'UTF8')) ON CONFLICT (aggregate_identifier, sequence_number) DO NOTHING;
                END;
                """.formatted(
                aggregates, aggregate, aggregate, json("text", payloadBytes), json("correlationId", metadataBytes));
    }

    /** A JSON object of exactly {@code bytes} bytes (at least its frame), its one value filled with letters. */
    static String json(String key, int bytes) {
        String frame = "{\"" + key + "\":\"\"}";
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < bytes - frame.length(); i++) {
            value.append((char) ('a' + i % 26));
        }
        return "{\"" + key + "\":\"" + value + "\"}";
    }
}
