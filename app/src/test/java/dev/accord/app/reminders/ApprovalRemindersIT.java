package dev.accord.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.SecondAccord;
import dev.accord.app.user.DemoModeCondition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a ledger of its own whose changes may wait two seconds before a reminder and four before an escalation, and a
 * scheduler that looks for due deadlines four times a second (the shared test application looks once an hour): a
 * change that waits for IT reminds IT and then goes to IT's lead, each recorded once in the project's timeline, and a
 * change decided in time leaves nothing to remind.
 */
class ApprovalRemindersIT {

    @TempDir
    Path data;

    @Test
    void aChangeWaitingForASideRemindsItThenEscalatesToItsLeadOnceEach() throws Exception {
        String[] args = DemoModeCondition.withDemoFlag(new String[] {
            "--demo",
            "--server.port=0",
            "--spring.datasource.url=",
            "--accord.data-dir=" + data,
            "--accord.reminders.first-after=PT2S",
            "--accord.reminders.escalate-after=PT4S",
            "--db-scheduler.polling-interval=PT0.25S",
            // Deadlines run once the demo history is written: db-scheduler would refuse to cancel a review the
            // history's next step reschedules while the scheduler is running it, failing that step.
            "--db-scheduler.delay-startup-until-context-ready=true"
        });
        try (SecondAccord accord = new SecondAccord(args)) {
            Api api = new Api(
                    new TestRestTemplate(new RestTemplateBuilder()
                            .rootUri("http://localhost:"
                                    + accord.context().getEnvironment().getProperty("local.server.port"))),
                    new ObjectMapper());
            int year = FiscalYears.unused();
            Api.Answer waiting = api.propose("ida", "Waits for IT", "500.00", year);
            Api.Answer decided = api.propose("ida", "Decided in time", "500.00", year);
            assertThat(approve(api, "fay", waiting).status()).isEqualTo(200);
            assertThat(approve(api, "fay", decided).status()).isEqualTo(200);
            assertThat(approve(api, "ivo", decided).status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(types(api, waiting)).contains("ApprovalEscalated"));

            List<JsonNode> timeline = timeline(api, waiting);
            assertThat(timeline)
                    .filteredOn(entry -> entry.get("type").asText().startsWith("Approval"))
                    .extracting(entry -> entry.get("summary").asText())
                    .as("IT, still missing, is reminded and then escalated; Finance has approved")
                    .satisfiesExactly(
                            reminded -> assertThat(reminded)
                                    .matches("Reminded IT of the initial budget, which has waited \\d+ seconds? "
                                            + "for its approval"),
                            escalated -> assertThat(escalated)
                                    .matches("Escalated the initial budget to the IT lead after \\d+ seconds?"));
            assertThat(timeline)
                    .filteredOn(entry -> entry.get("type").asText().startsWith("Approval"))
                    .allSatisfy(entry -> {
                        assertThat(entry.get("actor").asText()).isEqualTo("accord");
                        assertThat(entry.get("changeId").asText()).isEqualTo(waiting.text("changeId"));
                    });

            // Each recorded once in the ledger, although the scheduler looked a dozen times after each fell due.
            JdbcClient jdbc = accord.context().getBean(JdbcClient.class);
            assertThat(recorded(jdbc, waiting, "ApprovalReminded")).isEqualTo(1);
            assertThat(recorded(jdbc, waiting, "ApprovalEscalated")).isEqualTo(1);
            assertThat(types(api, decided))
                    .as("decided before the first period passed: nobody to remind")
                    .doesNotContain("ApprovalReminded", "ApprovalEscalated");
            assertThat(recorded(jdbc, decided, "ApprovalReminded")).isZero();
        }
    }

    private static Api.Answer approve(Api api, String who, Api.Answer proposed) {
        return api.as(who)
                .post(
                        "/api/projects/" + proposed.text("id") + "/changes/" + proposed.text("changeId") + "/approvals",
                        "{\"version\": 1}");
    }

    private static List<JsonNode> timeline(Api api, Api.Answer proposed) {
        List<JsonNode> entries = new ArrayList<>();
        api.as("vic")
                .get("/api/projects/" + proposed.text("id") + "/timeline")
                .body()
                .forEach(entries::add);
        return entries;
    }

    private static List<String> types(Api api, Api.Answer proposed) {
        return timeline(api, proposed).stream()
                .map(entry -> entry.get("type").asText())
                .toList();
    }

    private static long recorded(JdbcClient jdbc, Api.Answer proposed, String event) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")
                .param(proposed.text("id"))
                .param("dev.accord.domain.project.api." + event)
                .query(Long.class)
                .single();
    }
}
