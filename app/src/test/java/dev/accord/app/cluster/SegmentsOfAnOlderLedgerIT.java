package dev.accord.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.accord.app.support.SecondAccord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ledger whose projections were made with one segment each (as every ledger was before they had two) is split to
 * the configured two at its next start, by the node that holds them, and the node then processes both. On a ledger of
 * its own: a fresh embedded database, whatever CI points the other tests at.
 */
class SegmentsOfAnOlderLedgerIT {

    private static final List<String> PROJECTIONS = List.of(
            "project-summary",
            "project-detail",
            "timeline",
            "pending-approvals",
            "portfolio",
            "notifications",
            "scenarios");

    @TempDir
    Path data;

    @Test
    void projectionsMadeWithOneSegmentAreSplitToTheConfiguredTwo() {
        List<String> oneSegmentEach = new ArrayList<>(arguments());
        PROJECTIONS.forEach(projection ->
                oneSegmentEach.add("--axon.eventhandling.processors." + projection + ".initial-segment-count=1"));
        try (SecondAccord older = new SecondAccord(oneSegmentEach.toArray(String[]::new))) {
            JdbcClient jdbc = older.context().getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(segmentsByProjection(jdbc))
                            .containsOnlyKeys(PROJECTIONS)
                            .allSatisfy((projection, segments) ->
                                    assertThat(segments).isEqualTo(1L)));
        }

        try (SecondAccord now = new SecondAccord(arguments().toArray(String[]::new))) {
            JdbcClient jdbc = now.context().getBean(JdbcClient.class);
            String node = now.context().getBean(ThisNode.class).name();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(segmentsByProjection(jdbc))
                        .containsOnlyKeys(PROJECTIONS)
                        .allSatisfy(
                                (projection, segments) -> assertThat(segments).isEqualTo(2L));
                assertThat(jdbc.sql("SELECT DISTINCT owner FROM token_entry")
                                .query(String.class)
                                .list())
                        .containsExactly(node);
            });
        }
    }

    private List<String> arguments() {
        return List.of(
                "--server.port=0",
                "--spring.datasource.url=",
                "--accord.data-dir=" + data,
                "--accord.admin.user=olga",
                "--accord.admin.password=welcome-olga",
                "--db-scheduler.polling-interval=1h",
                "--accord.segments.share-interval=PT1S");
    }

    private static Map<String, Long> segmentsByProjection(JdbcClient jdbc) {
        return jdbc
                .sql("SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
