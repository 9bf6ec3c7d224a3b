package dev.accord.app.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Held-back writes must change nothing a projection can tell: every statement runs, in the order it was made, and
 * a query sees all writes made before it. Each test works on a temporary table that lives for its transaction.
 */
@AccordIntegrationTest
class WriteBehindIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aQuerySeesEveryWriteMadeBeforeItInOrder() {
        List<String> seen = new ArrayList<>();
        inTransactionWithScratchTable(
                () -> WriteBehind.run(dataSource, () -> {
                    IntStream.rangeClosed(1, 500)
                            .forEach(n -> jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)")
                                    .params(n, "written " + n)
                                    .update());
                    jdbc.sql("UPDATE scratch SET note = 'changed' WHERE id = ?")
                            .param(7)
                            .update();
                    jdbc.sql("DELETE FROM scratch WHERE id > ?").param(400).update();
                    seen.add(jdbc.sql(
                                    "SELECT count(*) || ' rows, 7 ' || (SELECT note FROM scratch WHERE id = 7) FROM scratch")
                            .query(String.class)
                            .single());
                    jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)")
                            .params(401, "after the query")
                            .update();
                    jdbc.sql("UPDATE scratch SET note = note || ' again' WHERE id = ?")
                            .param(401)
                            .update();
                }),
                () -> seen.add(jdbc.sql("SELECT count(*) || ' rows, 401 ' || (SELECT note FROM scratch WHERE id = 401) "
                                + "FROM scratch")
                        .query(String.class)
                        .single()));

        assertThat(seen).containsExactly("400 rows, 7 changed", "401 rows, 401 after the query again");
    }

    @Test
    void aWriteThatBeginsWithAWithClauseIsHeldBackInItsPlace() {
        List<String> seen = new ArrayList<>();
        List<Integer> reported = new ArrayList<>();
        inTransactionWithScratchTable(
                () -> WriteBehind.run(dataSource, () -> {
                    IntStream.rangeClosed(1, 3).forEach(n -> {
                        reported.add(jdbc.sql("WITH next AS (SELECT ? AS id) INSERT INTO scratch (id, note) "
                                        + "SELECT id, 'written' FROM next")
                                .param(n)
                                .update());
                        jdbc.sql("UPDATE scratch SET note = note || ' then changed' WHERE id = ?")
                                .param(n)
                                .update();
                    });
                    // Sent at once, this would report that no row changed.
                    reported.add(jdbc.sql("WITH none AS (SELECT -1 AS id) UPDATE scratch SET note = '' "
                                    + "WHERE id IN (SELECT id FROM none)")
                            .update());
                }),
                () -> seen.addAll(jdbc.sql("SELECT id || ' ' || note FROM scratch ORDER BY id")
                        .query(String.class)
                        .list()));

        assertThat(reported).containsOnly(1);
        assertThat(seen).containsExactly("1 written then changed", "2 written then changed", "3 written then changed");
    }

    @Test
    void theLaterOfTwoUpsertsOfOneKeyWinsAsIfSentOneByOne() {
        List<String> seen = new ArrayList<>();
        inTransactionWithScratchTable(
                () -> {
                    jdbc.sql("CREATE TEMPORARY TABLE upserts (made INT NOT NULL) ON COMMIT DROP")
                            .update();
                    jdbc.sql("INSERT INTO upserts VALUES (0)").update();
                    WriteBehind.run(dataSource, () -> {
                        List.of("first", "second", "third")
                                .forEach(note -> jdbc.sql("""
                        INSERT INTO scratch (id, note) VALUES (?, ?)
                        ON CONFLICT (id) DO UPDATE SET note = excluded.note""").params(1, note).update());
                        // The same inside a WITH clause, which is held back and batched, as a month of actuals is.
                        List.of("fourth", "fifth")
                                .forEach(note -> jdbc.sql("""
                        WITH upsert AS (
                            INSERT INTO scratch (id, note) VALUES (?, ?)
                            ON CONFLICT (id) DO UPDATE SET note = excluded.note)
                        UPDATE upserts SET made = made + 1""").params(2, note).update());
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

        assertThat(seen).containsExactly("third", "fifth", "2 made in a WITH clause");
    }

    @Test
    void aHeldBackWriteThatFailsFailsTheRun() {
        assertThatThrownBy(() -> inTransactionWithScratchTable(
                        () -> WriteBehind.run(dataSource, () -> {
                            jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)")
                                    .params(1, "one")
                                    .update();
                            jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)")
                                    .params(1, "the same key")
                                    .update();
                        }),
                        () -> {}))
                .hasMessageContaining("Writing the replayed rows failed")
                .hasMessageContaining("scratch_pkey");
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
