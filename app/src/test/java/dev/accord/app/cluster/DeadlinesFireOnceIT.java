package dev.accord.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.accord.app.support.AccordIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Review deadlines and reminders live in db-scheduler's table, which every node polls. db-scheduler promises that each
 * due execution runs on one node only: a node takes it with an update guarded by the row's version, which only one
 * node's update can match. This holds that promise to account on Accord's own table and PostgreSQL: two schedulers,
 * as two nodes run them, polling a table full of due executions as fast as they can, run each exactly once.
 */
@AccordIntegrationTest
class DeadlinesFireOnceIT {

    private static final int DUE = 60;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Value("${db-scheduler.table-name}")
    String table;

    @Test
    void twoNodesPollingOneTableRunEachDueExecutionOnce() {
        String taskName = "fires-once-" + UUID.randomUUID();
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        OneTimeTask<Void> task = Tasks.oneTime(taskName)
                .execute((instance, context) -> runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger())
                        .incrementAndGet());
        Scheduler nodeA = node(task, "node-a");
        Scheduler nodeB = node(task, "node-b");
        try {
            for (int i = 0; i < DUE; i++) {
                nodeA.schedule(task.instance("due-" + i), Instant.now());
            }
            nodeA.start();
            nodeB.start();

            // Once run, a one-time execution's row is gone: nothing is left that either node could run again.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("SELECT count(*) FROM " + table + " WHERE task_name = ?")
                                    .param(taskName)
                                    .query(Long.class)
                                    .single()
                            == 0);
            assertThat(runs).hasSize(DUE);
            assertThat(runs.values())
                    .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
    }

    private Scheduler node(OneTimeTask<Void> task, String name) {
        return Scheduler.create(dataSource, task)
                .tableName(table)
                .schedulerName(new SchedulerName.Fixed(name))
                .pollingInterval(Duration.ofMillis(50))
                .threads(4)
                .build();
    }
}
