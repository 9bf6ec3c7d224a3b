package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.SecondAccord;
import dev.accord.app.user.DemoModeCondition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a ledger of its own (a fresh embedded database, whatever CI points the other tests at): the key is made at the
 * first start, readable by its owner only, and a checkpoint follows the log on its own every interval, but only when
 * the log has grown.
 */
class CheckpointScheduleIT {

    @TempDir
    Path data;

    @Test
    void aCheckpointIsSignedEveryIntervalWhenTheLogHasGrownAndOnlyThen() throws Exception {
        Path keyFile = data.resolve("keys").resolve("checkpoint-signing.key");
        String[] args = DemoModeCondition.withDemoFlag(new String[] {
            "--demo",
            "--server.port=0",
            "--spring.datasource.url=",
            "--accord.data-dir=" + data,
            "--db-scheduler.polling-interval=1h",
            "--accord.integrity.checkpoint-interval=PT1S",
            "--accord.integrity.signing-key-file=" + keyFile
        });
        try (SecondAccord accord = new SecondAccord(args)) {
            JdbcClient jdbc = accord.context().getBean(JdbcClient.class);
            Checkpoints checkpoints = accord.context().getBean(Checkpoints.class);
            assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(CheckpointKey.parse(Files.readString(keyFile)).verifier())
                    .isEqualTo(checkpoints.verifierKey());

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(latestSignedSize(jdbc))
                            .isEqualTo(logSize(jdbc))
                            .isPositive());

            Api api = new Api(
                    new TestRestTemplate(new RestTemplateBuilder()
                            .rootUri("http://localhost:"
                                    + accord.context().getEnvironment().getProperty("local.server.port"))),
                    new ObjectMapper());
            assertThat(api.propose("ida", "Signed by the clock", "500.00", FiscalYears.forProposalsOnly())
                            .status())
                    .isEqualTo(201);
            long grown = logSize(jdbc);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(latestSignedSize(jdbc)).isEqualTo(grown));

            // Nothing more is appended here (the review scheduler looks once an hour), so the log stays as signed.
            long signed = jdbc.sql("SELECT count(*) FROM integrity_checkpoint")
                    .query(Long.class)
                    .single();
            assertThat(checkpoints.signNow())
                    .hasValueSatisfying(latest -> assertThat(latest.treeSize()).isEqualTo(grown));
            assertThat(jdbc.sql("SELECT count(*) FROM integrity_checkpoint")
                            .query(Long.class)
                            .single())
                    .as("no second checkpoint for a log that has not grown")
                    .isEqualTo(signed);
        }

        // Started again with another key (a stale file, another ledger's), Accord refuses rather than fork.
        Path another = data.resolve("another.key");
        Files.writeString(another, CheckpointKey.generate("accord/another").privateKeyLine() + "\n");
        String[] withAnotherKey = java.util.Arrays.stream(args)
                .map(arg -> arg.startsWith("--accord.integrity.signing-key-file=")
                        ? "--accord.integrity.signing-key-file=" + another
                        : arg)
                .toArray(String[]::new);
        assertThatThrownBy(() -> new SecondAccord(withAnotherKey).close())
                .hasStackTraceContaining("was not signed by the key in " + another);
    }

    private static long logSize(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM integrity_leaf").query(Long.class).single();
    }

    private static long latestSignedSize(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(max(tree_size), 0) FROM integrity_checkpoint")
                .query(Long.class)
                .single();
    }
}
