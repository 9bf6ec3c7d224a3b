package dev.accord.app.rebuild;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scratch copy of the read-model tables in schema {@value #SCHEMA}, where a rebuild writes while the real tables
 * keep serving. The copies are made from the real tables at the start (LIKE … INCLUDING ALL: same columns, defaults,
 * unique keys and indexes, so the projections' ON CONFLICT clauses work unchanged), and dropped at the end; the
 * real tables stay the ones Flyway created, only their rows are replaced.
 */
@Component
class ShadowReadModels {

    static final String SCHEMA = "accord_rebuild";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ShadowReadModels(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void create() {
        transactions.executeWithoutResult(tx -> {
            drop();
            jdbc.sql("CREATE SCHEMA " + SCHEMA).update();
            ReadModelTables.IN_ORDER.forEach(table -> jdbc.sql("CREATE TABLE " + SCHEMA + "." + table
                    + " (LIKE public." + table + " INCLUDING ALL)").update());
        });
    }

    /**
     * Runs the work with unqualified table names meaning the copies, for this transaction only (SET LOCAL). Only the
     * copies are on the path: a projection touching a table that is not a read model fails instead of writing into
     * the live one.
     */
    void writeInside(Runnable work) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("SET LOCAL search_path TO " + SCHEMA).update();
            // Scratch rows: if the server crashed before they reached the disk, the rebuild would start over anyway,
            // so a commit need not wait for the WAL flush.
            jdbc.sql("SET LOCAL synchronous_commit TO off").update();
            work.run();
        });
    }

    /** Replaces the rows of every real read-model table by the copy's, in the caller's transaction. */
    void copyOverLive() {
        List<String> childrenFirst = new ArrayList<>(ReadModelTables.IN_ORDER);
        Collections.reverse(childrenFirst);
        childrenFirst.forEach(table -> jdbc.sql("DELETE FROM public." + table).update());
        ReadModelTables.IN_ORDER.forEach(table -> jdbc.sql("INSERT INTO public." + table + " SELECT * FROM "
                + SCHEMA + "." + table).update());
    }

    void drop() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
    }
}
