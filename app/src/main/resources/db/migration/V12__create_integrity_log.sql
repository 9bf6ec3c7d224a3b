-- The verifiable log (docs/integrity.md): every event, in global order, is a leaf of an RFC 9162 Merkle tree.
-- A leaf's hash is taken when its event is appended, by a trigger in the appending transaction, while the advisory
-- lock of V1 keeps appends one at a time; so leaf N is always the N-th committed event and the tree grows with the
-- event table, never behind it. Signed checkpoints (integrity_checkpoint) then commit Accord to the tree's root.
--
-- Leaf indexes are dense (0, 1, 2, ...) although global indexes may have permanent gaps (rolled-back appends, V1).

CREATE TABLE integrity_leaf (
    leaf_index           BIGINT       NOT NULL PRIMARY KEY,
    global_index         BIGINT       NOT NULL UNIQUE,
    -- Kept beside the hash so that a verification can name the event that went missing.
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    leaf_hash            BYTEA        NOT NULL
);

-- The roots of the tree's complete subtrees above the leaves: node (level, node_index) covers the leaves
-- [node_index * 2^level, (node_index + 1) * 2^level). Any root, inclusion or consistency proof for any tree size is
-- made from these and the leaves, in O(log n) rows.
CREATE TABLE integrity_node (
    level      SMALLINT NOT NULL,
    node_index BIGINT   NOT NULL,
    hash       BYTEA    NOT NULL,
    PRIMARY KEY (level, node_index)
);

-- Signed notes in the C2SP tlog-checkpoint format, one per tree size that was signed.
CREATE TABLE integrity_checkpoint (
    tree_size BIGINT      NOT NULL PRIMARY KEY,
    root_hash BYTEA       NOT NULL,
    signed_at TIMESTAMPTZ NOT NULL,
    note      TEXT        NOT NULL
);

-- The canonical bytes of an event (docs/integrity.md): every column of its row in table order; integers as 8-byte
-- big-endian, texts as UTF-8 and every text or byte string behind its 4-byte big-endian length, NULL as length
-- 0xFFFFFFFF. The application recomputes the same bytes on its own when it verifies (CanonicalEvent).
CREATE FUNCTION integrity_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE WHEN value IS NULL THEN '\xffffffff'::BYTEA ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION integrity_canonical_event(event domain_event_entry) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT int8send(event.global_index)
           || integrity_field(convert_to(event.event_identifier, 'UTF8'))
           || integrity_field(convert_to(event.type, 'UTF8'))
           || integrity_field(convert_to(event.aggregate_identifier, 'UTF8'))
           || int8send(event.sequence_number)
           || integrity_field(convert_to(event.time_stamp, 'UTF8'))
           || integrity_field(convert_to(event.payload_type, 'UTF8'))
           || integrity_field(convert_to(event.payload_revision, 'UTF8'))
           || integrity_field(event.payload)
           || integrity_field(event.meta_data)
$$;

-- Adds the event as the next leaf, then every complete subtree that leaf closes (one more row on average).
CREATE FUNCTION integrity_append(event domain_event_entry) RETURNS VOID
    LANGUAGE plpgsql AS
$$
DECLARE
    leaf      BIGINT;
    hash      BYTEA;
    left_hash BYTEA;
    height    SMALLINT := 0;
    at        BIGINT;
BEGIN
    SELECT coalesce(max(leaf_index) + 1, 0) INTO leaf FROM integrity_leaf;
    hash := sha256('\x00'::BYTEA || integrity_canonical_event(event));
    INSERT INTO integrity_leaf (leaf_index, global_index, aggregate_identifier, sequence_number, leaf_hash)
    VALUES (leaf, event.global_index, event.aggregate_identifier, event.sequence_number, hash);
    at := leaf;
    WHILE at % 2 = 1 LOOP
        IF height = 0 THEN
            SELECT leaf_hash INTO left_hash FROM integrity_leaf WHERE leaf_index = at - 1;
        ELSE
            SELECT n.hash INTO left_hash FROM integrity_node n WHERE n.level = height
                                                                 AND n.node_index = at - 1;
        END IF;
        hash := sha256('\x01'::BYTEA || left_hash || hash);
        height := height + 1;
        at := at / 2;
        INSERT INTO integrity_node (level, node_index, hash) VALUES (height, at, hash);
    END LOOP;
END
$$;

-- Runs as the role that owns the integrity tables (SECURITY DEFINER), so the role Accord runs as needs no right to
-- write them itself; the search path is fixed so that nobody's temporary table can stand in for them.
CREATE FUNCTION record_event_leaf() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS
$$
BEGIN
    PERFORM integrity_append(NEW);
    RETURN NULL;
END
$$;

-- AFTER, so that only rows actually inserted become leaves; AFTER ROW triggers fire in insertion order.
CREATE TRIGGER record_event_leaf
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION record_event_leaf();

REVOKE EXECUTE ON FUNCTION integrity_append(domain_event_entry) FROM PUBLIC;

-- The events appended before this migration become the first leaves, in global order.
DO
$$
DECLARE
    event domain_event_entry;
BEGIN
    FOR event IN SELECT * FROM domain_event_entry ORDER BY global_index LOOP
        PERFORM integrity_append(event);
    END LOOP;
END
$$;

-- Like the events, the log is only ever appended to.
CREATE TRIGGER refuse_leaf_update_or_delete
    BEFORE UPDATE OR DELETE ON integrity_leaf
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();
CREATE TRIGGER refuse_leaf_truncate
    BEFORE TRUNCATE ON integrity_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();
CREATE TRIGGER refuse_node_update_or_delete
    BEFORE UPDATE OR DELETE ON integrity_node
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();
CREATE TRIGGER refuse_node_truncate
    BEFORE TRUNCATE ON integrity_node
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();
CREATE TRIGGER refuse_checkpoint_update_or_delete
    BEFORE UPDATE OR DELETE ON integrity_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();
CREATE TRIGGER refuse_checkpoint_truncate
    BEFORE TRUNCATE ON integrity_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();
