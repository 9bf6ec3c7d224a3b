package dev.accord.app.rebuild;

import dev.accord.app.readmodel.ReadModelTables;
import dev.accord.app.readmodel.ReadModelWrites;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scratch copies of the read-model tables in schema {@value #SCHEMA}, where a rebuild writes while the live tables
 * keep serving, and that then take the live tables' place.
 * <p>
 * A copy starts with the live table's columns, defaults and checks, and only the unique indexes the projections'
 * ON CONFLICT clauses need. It starts unlogged and without autovacuum: scratch rows need no write-ahead log, since a
 * crash ends the rebuild anyway. Once the replay is through ({@link #complete()}), each copy is written to the log in
 * one pass and gets its other indexes, keys and references: building an index over a million rows at once is much
 * cheaper than growing it row by row.
 * Every index and constraint is made from the live table's own definition, as PostgreSQL prints it, under the live
 * name: once swapped in, a table is the one Flyway's migrations describe, names included, so later migrations find
 * what they expect.
 */
@Component
class ShadowReadModels {

    static final String SCHEMA = "accord_rebuild";
    /** Where the replaced tables go while the switch commits; dropped right after. */
    static final String RETIRED = "accord_retired";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final ReadModelWrites writes;

    ShadowReadModels(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource, ReadModelWrites writes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.writes = writes;
    }

    void create() {
        transactions.executeWithoutResult(tx -> {
            drop();
            jdbc.sql("CREATE SCHEMA " + SCHEMA).update();
            for (String table : ReadModelTables.IN_ORDER) {
                jdbc.sql("CREATE UNLOGGED TABLE " + SCHEMA + "." + table + " (LIKE public." + table
                                + " INCLUDING ALL EXCLUDING INDEXES) WITH (autovacuum_enabled = false)")
                        .update();
                indexes(table, true).forEach(index -> jdbc.sql(index).update());
            }
        });
    }

    /**
     * Runs the work with unqualified table names meaning the copies, for this transaction only (SET LOCAL), and its
     * writes sent in batches ({@link ReadModelWrites#batched}: each statement says whether runs of it may travel as
     * one batch). Only the copies are on the path: a projection touching a table that is not a read model fails
     * instead of writing into the live one.
     */
    void writeInside(Runnable work) {
        transactions.executeWithoutResult(tx -> {
            // Scratch rows: if the server crashed before they reached the disk, the rebuild would start over anyway,
            // so a commit need not wait for the WAL flush. The copies grow from empty and have no statistics until
            // the end, so a plan made once and kept for a statement (a generic plan) could be the one for an empty
            // table, a scan of every row, for the rest of the replay: each statement is planned for the table as it
            // is. All settings for this transaction only, in one round trip.
            jdbc.sql("""
                            SELECT set_config('search_path', ?, true), set_config('synchronous_commit', 'off', true),
                                set_config('plan_cache_mode', 'force_custom_plan', true)""").param(SCHEMA).query().singleRow();
            writes.batched(work);
        });
    }

    /** Gives the copies the rest of the live tables' definition: their other indexes, keys and references. */
    void complete() {
        transactions.executeWithoutResult(tx -> {
            for (String table : ReadModelTables.IN_ORDER) {
                String copy = SCHEMA + "." + table;
                jdbc.sql("ALTER TABLE " + copy + " SET LOGGED, RESET (autovacuum_enabled)")
                        .update();
                indexes(table, false).forEach(index -> jdbc.sql(index).update());
                keys(table).forEach(key -> jdbc.sql(key).update());
                // The planner's statistics, so that the first queries after the swap are planned on the new rows.
                jdbc.sql("ANALYZE " + copy).update();
            }
            // A reference names its table unqualified; with only the copies on the path, it means the copy.
            jdbc.sql("SET LOCAL search_path TO " + SCHEMA).update();
            for (String table : ReadModelTables.IN_ORDER) {
                references(table).forEach(reference -> jdbc.sql(reference).update());
            }
        });
    }

    /**
     * Puts the copies in place of the live tables, in the caller's transaction: readers see the old read models
     * until it commits and the new ones after, never a mix. It takes as long as the locks take, whatever the size
     * of the tables.
     */
    void swapWithLive() {
        jdbc.sql("CREATE SCHEMA " + RETIRED).update();
        // All at once, so that a reader holding one of the tables cannot make this wait half-way.
        jdbc.sql("LOCK TABLE "
                        + String.join(
                                ", ",
                                ReadModelTables.IN_ORDER.stream()
                                        .map(t -> "public." + t)
                                        .toList()) + " IN ACCESS EXCLUSIVE MODE")
                .update();
        for (String table : ReadModelTables.IN_ORDER) {
            jdbc.sql("ALTER TABLE public." + table + " SET SCHEMA " + RETIRED).update();
            jdbc.sql("ALTER TABLE " + SCHEMA + "." + table + " SET SCHEMA public")
                    .update();
        }
    }

    void drop() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        jdbc.sql("DROP SCHEMA IF EXISTS " + RETIRED + " CASCADE").update();
    }

    /** The live table's indexes that are (or are not) unique, as statements creating them on the copy. */
    private List<String> indexes(String table, boolean unique) {
        return jdbc.sql("""
                        SELECT pg_get_indexdef(indexrelid) FROM pg_index
                        WHERE indrelid = ?::regclass AND indisunique = ? ORDER BY indexrelid""").params("public." + table, unique).query(String.class).list().stream()
                .map(definition -> onCopy(definition, table))
                .toList();
    }

    /** Primary keys and unique constraints, on the unique indexes the copy already has. */
    private List<String> keys(String table) {
        return jdbc.sql("""
                        SELECT format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s USING INDEX %I', ?::text, ?::text, conname,
                            CASE contype WHEN 'p' THEN 'PRIMARY KEY' ELSE 'UNIQUE' END, i.relname)
                        FROM pg_constraint JOIN pg_class i ON i.oid = conindid
                        WHERE conrelid = ?::regclass AND contype IN ('p', 'u') ORDER BY conname""")
                .params(SCHEMA, table, "public." + table)
                .query(String.class)
                .list();
    }

    private List<String> references(String table) {
        return jdbc.sql("""
                        SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s', ?::text, conname,
                            replace(pg_get_constraintdef(oid), 'REFERENCES public.', 'REFERENCES '))
                        FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'f' ORDER BY conname""")
                .params(table, "public." + table)
                .query(String.class)
                .list();
    }

    private static String onCopy(String definition, String table) {
        String live = " ON public." + table + " ";
        if (!definition.contains(live)) {
            throw new IllegalStateException("Cannot copy index definition for " + table + ": " + definition);
        }
        return definition.replace(live, " ON " + SCHEMA + "." + table + " ");
    }
}
