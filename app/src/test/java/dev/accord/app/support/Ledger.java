package dev.accord.app.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks straight into the event store, to prove what was (and was not) recorded. */
public final class Ledger {

    private final JdbcClient jdbc;

    public Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    /** The stored JSON payload of the first event of an aggregate. */
    public String firstPayloadOf(String aggregateId) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number LIMIT 1""").param(aggregateId).query(String.class).single();
    }
}
