-- Axon's JDBC event store on PostgreSQL, in snake_case (see AxonConfiguration for the matching EventSchema).
-- Payloads and metadata are bytea holding Jackson JSON: readable with convert_from(payload, 'UTF8').

-- The global index is the order in which streaming processors read events. A processor must never skip a
-- committed event (AxonFramework #4829): with a plain BIGSERIAL, two transactions can take indexes 7 and 8,
-- commit 8 first, and a reader that has moved past a "gap" at 7 for longer than the gap timeout never sees 7.
-- So indexes are handed out one appending transaction at a time: the trigger below takes a transaction-scoped
-- advisory lock before it draws the next value, and the lock is held until commit or rollback. Index N+1 can
-- therefore only exist once N is committed or rolled back; the only gaps a reader ever sees are permanent ones
-- left by rolled-back appends, which Axon's gap cleaning may safely forget. The sequence has no cache and an
-- increment of 1 (no Hibernate-style pooled blocks, AxonFramework #3374), so indexes stay dense and ordered
-- across any number of application nodes sharing this database.
CREATE SEQUENCE domain_event_entry_global_index_seq INCREMENT BY 1 START WITH 1 CACHE 1;

CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
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
);

CREATE FUNCTION assign_event_global_index() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- 4242 is Accord's key for "appending to domain_event_entry"; every node uses the same one.
    PERFORM pg_advisory_xact_lock(4242);
    NEW.global_index := nextval('domain_event_entry_global_index_seq');
    RETURN NEW;
END
$$;

CREATE TRIGGER assign_event_global_index
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION assign_event_global_index();

-- Events are immutable and kept forever: a change of mind is a new event. The database itself refuses
-- to update, delete or truncate them, whoever asks.
CREATE FUNCTION refuse_event_rewrite() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'events are immutable: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER refuse_event_update_or_delete
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();

CREATE TRIGGER refuse_event_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- Streaming processors' positions. Projections update their tables and their token in one transaction.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- Axon's dead-letter queue, for processors that enable one (axon.eventhandling.processors.<name>.dlq.enabled).
CREATE TABLE dead_letter_entry (
    dead_letter_identifier VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group       VARCHAR(255)  NOT NULL,
    sequence_identifier    VARCHAR(255)  NOT NULL,
    sequence_index         BIGINT        NOT NULL,
    message_type           VARCHAR(255)  NOT NULL,
    event_identifier       VARCHAR(255)  NOT NULL,
    time_stamp             VARCHAR(255)  NOT NULL,
    payload_type           VARCHAR(255)  NOT NULL,
    payload_revision       VARCHAR(255),
    payload                BYTEA         NOT NULL,
    meta_data              BYTEA,
    aggregate_type         VARCHAR(255),
    aggregate_identifier   VARCHAR(255),
    sequence_number        BIGINT,
    token_type             VARCHAR(255),
    token                  BYTEA,
    enqueued_at            VARCHAR(255)  NOT NULL,
    last_touched           VARCHAR(255),
    processing_started     VARCHAR(255),
    cause_type             VARCHAR(255),
    cause_message          VARCHAR(1023),
    diagnostics            BYTEA
);
CREATE INDEX dead_letter_entry_processing_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence ON dead_letter_entry (processing_group, sequence_identifier);
