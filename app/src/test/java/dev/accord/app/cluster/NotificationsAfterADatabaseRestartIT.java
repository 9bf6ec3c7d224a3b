package dev.accord.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.Api;
import dev.accord.app.support.SecondAccord;
import dev.accord.app.support.SecondNode;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.shared.ReadModelChanged;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The connection a node listens on comes back after its database restarted: the loss is logged once however often it
 * tries meanwhile, open views are told to read again what they may have missed, and what is written afterwards
 * reaches them as before. Accord runs here on a PostgreSQL of the test's own, which the test stops and starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsAfterADatabaseRestartIT {

    private static final String LOST = "Lost the connection that hears the nodes' notifications";
    private static final String RETRIED = "Still cannot hear the database";
    private static final String BACK = "Hearing the nodes' notifications again";

    @TempDir
    Path data;

    @Test
    void theListenerComesBackAndOpenViewsReadAgain(CapturedOutput output) throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = start(port);
        try (SecondAccord accord = new SecondAccord(
                "--accord.demo=true",
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--accord.database.owner.user=",
                "--accord.data-dir=" + data.resolve("accord"),
                "--db-scheduler.polling-interval=1h",
                "--logging.level.dev.accord.app.cluster.DatabaseNotifications=DEBUG")) {
            DatabaseNotifications notifications = accord.context().getBean(DatabaseNotifications.class);
            await().atMost(Duration.ofSeconds(10)).until(notifications::listening);
            List<ReadModelChanged> told = new CopyOnWriteArrayList<>();
            SubscriptionQueryResult<List<ProjectSummary>, ReadModelChanged> projects = accord.context()
                    .getBean(QueryGateway.class)
                    .subscriptionQuery(
                            new FindProjects(),
                            ResponseTypes.multipleInstancesOf(ProjectSummary.class),
                            ResponseTypes.instanceOf(ReadModelChanged.class));
            projects.updates().subscribe(told::add);

            postgres.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> !notifications.listening());
            // Down long enough for the listener to try again more than once.
            await().atMost(Duration.ofSeconds(20)).until(() -> count(output, RETRIED) >= 2);
            postgres = start(port);

            await().atMost(Duration.ofSeconds(30)).until(notifications::listening);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(told).contains(ReadModelChanged.unnamed()));
            assertThat(count(output, LOST)).as("the loss, logged").isEqualTo(1);
            assertThat(count(output, BACK)).as("the return, logged").isEqualTo(1);

            told.clear();
            Api api = new Api(
                    new TestRestTemplate(new RestTemplateBuilder().rootUri(SecondNode.baseUrl(accord.context()))),
                    new ObjectMapper());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.propose("ida", "After the restart", "1000.00", 2030)
                                    .status()
                            == 201);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(told).isNotEmpty());
            projects.close();
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static long count(CapturedOutput output, String line) {
        return output.getOut().lines().filter(logged -> logged.contains(line)).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
