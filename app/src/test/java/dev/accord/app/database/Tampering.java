package dev.accord.app.database;

import java.util.List;

/** What whoever holds Accord's own database credentials might try on the history; PostgreSQL must refuse each. */
final class Tampering {

    static final List<String> ON_THE_HISTORY = List.of(
            "ALTER TABLE domain_event_entry DISABLE TRIGGER ALL",
            "ALTER TABLE domain_event_entry DISABLE TRIGGER refuse_event_update_or_delete",
            "ALTER TABLE domain_event_entry ADD COLUMN forged text",
            "UPDATE domain_event_entry SET payload = payload WHERE global_index = (SELECT min(global_index) "
                    + "FROM domain_event_entry)",
            "DELETE FROM domain_event_entry WHERE global_index = (SELECT max(global_index) FROM domain_event_entry)",
            "TRUNCATE domain_event_entry",
            "DROP TABLE domain_event_entry CASCADE",
            "CREATE TRIGGER forge BEFORE INSERT ON domain_event_entry FOR EACH ROW "
                    + "EXECUTE FUNCTION assign_event_global_index()",
            "CREATE OR REPLACE FUNCTION refuse_event_rewrite() RETURNS trigger LANGUAGE plpgsql AS "
                    + "'BEGIN RETURN NEW; END'",
            "ALTER FUNCTION assign_event_global_index() SECURITY INVOKER",
            "SELECT setval('domain_event_entry_global_index_seq', 1)",
            "DELETE FROM flyway_schema_history",
            "INSERT INTO integrity_leaf (leaf_index, global_index, aggregate_identifier, sequence_number, leaf_hash) "
                    + "VALUES (-1, -1, 'forged', 0, '\\x00')",
            "UPDATE integrity_leaf SET leaf_hash = '\\x00' WHERE leaf_index = 0",
            "ALTER TABLE integrity_leaf DISABLE TRIGGER ALL",
            "INSERT INTO integrity_node (level, node_index, hash) VALUES (30, 0, '\\x00')",
            "TRUNCATE integrity_node",
            "DELETE FROM integrity_checkpoint",
            "DROP TABLE integrity_checkpoint",
            "ALTER FUNCTION record_event_leaf() SECURITY INVOKER");

    /** How PostgreSQL says no: a missing privilege, or an act only the owner may do. */
    static final String REFUSED = "permission denied|must be owner";

    private Tampering() {}
}
