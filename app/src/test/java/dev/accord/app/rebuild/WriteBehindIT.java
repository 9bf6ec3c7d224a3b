package dev.accord.app.rebuild;

import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        inTransactionWithScratchTable(() -> WriteBehind.run(dataSource, () -> {
            IntStream.rangeClosed(1, 500).forEach(n -> jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)")
                    .params(n, "written " + n).update());
            jdbc.sql("UPDATE scratch SET note = 'changed' WHERE id = ?").param(7).update();
            jdbc.sql("DELETE FROM scratch WHERE id > ?").param(400).update();
            seen.add(jdbc.sql("SELECT count(*) || ' rows, 7 ' || (SELECT note FROM scratch WHERE id = 7) FROM scratch")
                    .query(String.class).single());
            jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)").params(401, "after the query").update();
            jdbc.sql("UPDATE scratch SET note = note || ' again' WHERE id = ?").param(401).update();
        }), () -> seen.add(jdbc.sql("SELECT count(*) || ' rows, 401 ' || (SELECT note FROM scratch WHERE id = 401) "
                + "FROM scratch").query(String.class).single()));

        assertThat(seen).containsExactly("400 rows, 7 changed", "401 rows, 401 after the query again");
    }

    @Test
    void theLaterOfTwoUpsertsOfOneKeyWinsAsIfSentOneByOne() {
        List<String> seen = new ArrayList<>();
        inTransactionWithScratchTable(() -> WriteBehind.run(dataSource, () -> List.of("first", "second", "third")
                        .forEach(note -> jdbc.sql("""
                                INSERT INTO scratch (id, note) VALUES (?, ?)
                                ON CONFLICT (id) DO UPDATE SET note = excluded.note""").params(1, note).update())),
                () -> seen.addAll(jdbc.sql("SELECT note FROM scratch").query(String.class).list()));

        assertThat(seen).containsExactly("third");
    }

    @Test
    void aHeldBackWriteThatFailsFailsTheRun() {
        assertThatThrownBy(() -> inTransactionWithScratchTable(() -> WriteBehind.run(dataSource, () -> {
            jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)").params(1, "one").update();
            jdbc.sql("INSERT INTO scratch (id, note) VALUES (?, ?)").params(1, "the same key").update();
        }), () -> { }))
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
