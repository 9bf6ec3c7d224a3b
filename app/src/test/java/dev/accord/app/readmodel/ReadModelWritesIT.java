package dev.accord.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.EmptySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batched writes must change nothing a projection can tell: every statement runs, in the order it was made, and a
 * read sees all writes made before it. Each test works on a temporary table that lives for its transaction.
 */
@AccordIntegrationTest
class ReadModelWritesIT {

    private static final RowStatement INSERT =
            RowStatement.batched("INSERT INTO scratch (id, note) VALUES (:id, :note)");
    private static final RowStatement CHANGE = RowStatement.batched("UPDATE scratch SET note = :note WHERE id = :id");
    private static final RowStatement APPEND =
            RowStatement.batched("UPDATE scratch SET note = note || :note WHERE id = :id");
    private static final RowStatement CUT = RowStatement.single("DELETE FROM scratch WHERE id > :id");
    private static final RowStatement UPSERT = RowStatement.single("""
            INSERT INTO scratch (id, note) VALUES (:id, :note)
            ON CONFLICT (id) DO UPDATE SET note = excluded.note""");
    /** Batchable although an upsert: the driver merges only statements that begin with INSERT … VALUES. */
    private static final RowStatement UPSERT_IN_A_WITH = RowStatement.batched("""
            WITH upsert AS (
                INSERT INTO scratch (id, note) VALUES (:id, :note)
                ON CONFLICT (id) DO UPDATE SET note = excluded.note)
            UPDATE upserts SET made = made + 1""");
    /** Batchable too: the driver never merges an INSERT … SELECT (a month of actuals in the portfolio). */
    private static final RowStatement UPSERT_BY_SELECT = RowStatement.batched("""
            INSERT INTO scratch (id, note) SELECT :id, :note
            ON CONFLICT (id) DO UPDATE SET note = excluded.note""");

    @Autowired
    ReadModelWrites writes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aReadSeesEveryWriteMadeBeforeItInOrder() {
        List<String> seen = new ArrayList<>();
        inTransactionWithScratchTable(
                () -> writes.batched(() -> {
                    IntStream.rangeClosed(1, 500).forEach(n -> writes.write(INSERT, row(n, "written " + n)));
                    writes.write(CHANGE, row(7, "changed"));
                    writes.write(CUT, new MapSqlParameterSource("id", 400));
                    seen.addAll(writes.read(
                            "SELECT count(*) || ' rows, 7 ' || (SELECT note FROM scratch WHERE id = 7) FROM scratch",
                            EmptySqlParameterSource.INSTANCE,
                            (rs, n) -> rs.getString(1)));
                    writes.write(INSERT, row(401, "after the read"));
                    writes.write(APPEND, row(401, " again"));
                }),
                () -> seen.add(jdbc.sql("SELECT count(*) || ' rows, 401 ' || (SELECT note FROM scratch WHERE id = 401) "
                                + "FROM scratch")
                        .query(String.class)
                        .single()));

        assertThat(seen).containsExactly("400 rows, 7 changed", "401 rows, 401 after the read again");
    }

    @Test
    void theLaterOfTwoUpsertsOfOneKeyWinsAsIfSentOneByOne() {
        List<String> seen = new ArrayList<>();
        inTransactionWithScratchTable(
                () -> {
                    jdbc.sql("CREATE TEMPORARY TABLE upserts (made INT NOT NULL) ON COMMIT DROP")
                            .update();
                    jdbc.sql("INSERT INTO upserts VALUES (0)").update();
                    writes.batched(() -> {
                        List.of("first", "second", "third").forEach(note -> writes.write(UPSERT, row(1, note)));
                        List.of("fourth", "fifth").forEach(note -> writes.write(UPSERT_IN_A_WITH, row(2, note)));
                        List.of("sixth", "seventh").forEach(note -> writes.write(UPSERT_BY_SELECT, row(3, note)));
                    });
                },
                () -> {
                    seen.addAll(jdbc.sql("SELECT note FROM scratch ORDER BY id")
                            .query(String.class)
                            .list());
                    seen.add(jdbc.sql("SELECT made || ' made in a WITH clause' FROM upserts")
                            .query(String.class)
                            .single());
                });

        assertThat(seen).containsExactly("third", "fifth", "seventh", "2 made in a WITH clause");
    }

    @Test
    void aHeldBackWriteThatFailsFailsTheRun() {
        assertThatThrownBy(() -> inTransactionWithScratchTable(
                        () -> writes.batched(() -> {
                            writes.write(INSERT, row(1, "one"));
                            writes.write(INSERT, row(1, "the same key"));
                        }),
                        () -> {}))
                .hasMessageContaining("scratch_pkey");
    }

    @Test
    void outsideABatchEveryWriteIsSentAtOnce() {
        List<Long> counts = new ArrayList<>();
        inTransactionWithScratchTable(
                () -> {
                    writes.write(INSERT, row(1, "one"));
                    counts.add(jdbc.sql("SELECT count(*) FROM scratch")
                            .query(Long.class)
                            .single());
                },
                () -> {});

        assertThat(counts).containsExactly(1L);
    }

    private static MapSqlParameterSource row(int id, String note) {
        return new MapSqlParameterSource("id", id).addValue("note", note);
    }

    private void inTransactionWithScratchTable(Runnable work, Runnable afterwards) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("CREATE TEMPORARY TABLE scratch (id INT PRIMARY KEY, note TEXT NOT NULL) ON COMMIT DROP")
                    .update();
            work.run();
            afterwards.run();
        });
    }
}
