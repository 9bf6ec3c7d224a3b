package dev.accord.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.SecondAccord;
import dev.accord.app.user.DemoModeCondition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * The whole way, with nothing recorded by hand: on a ledger of its own whose changes wait two seconds before a
 * reminder and four before an escalation, a proposal by Ida (IT) that Finance approved but IT did not reaches IT's
 * members by e-mail as a reminder (never Ida), and then IT's lead, Ines, as an escalation; each e-mail links to the
 * change. The deadline manager fires, the project records the reminder, the notifications projection queues the
 * e-mails and the courier hands them to the SMTP server inside this JVM.
 */
class ReminderByMailEndToEndIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = NotificationMail.server();

    @TempDir
    Path data;

    @Test
    void aWaitingChangeRemindsItsSideByMailThenEscalatesToTheLead() throws Exception {
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
            "--db-scheduler.delay-startup-until-context-ready=true",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + AccordIntegrationTest.SMTP_PORT,
            "--accord.mail.poll-interval=PT0.25S",
            "--accord.public-url=" + NotificationMail.PUBLIC_URL
        });
        try (SecondAccord accord = new SecondAccord(args)) {
            Api api = new Api(
                    new TestRestTemplate(new RestTemplateBuilder()
                            .rootUri("http://localhost:"
                                    + accord.context().getEnvironment().getProperty("local.server.port"))),
                    new ObjectMapper());
            String title = "Waits for IT " + UUID.randomUUID().toString().substring(0, 6);
            Api.Answer proposed = api.propose("ida", title, "500.00", FiscalYears.unused());
            String projectId = proposed.text("id");
            String changeId = proposed.text("changeId");
            assertThat(api.as("fay")
                            .post(
                                    "/api/projects/" + projectId + "/changes/" + changeId + "/approvals",
                                    "{\"version\": 1}")
                            .status())
                    .isEqualTo(200);
            String link = NotificationMail.PUBLIC_URL + "/projects/" + projectId + "?change=" + changeId;

            for (String itMember : new String[] {"ivo", "ines"}) {
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> assertThat(NotificationMail.to(SMTP, itMember + "@example.com", title))
                                .filteredOn(letter -> letter.subject().contains("Reminder"))
                                .singleElement()
                                .satisfies(letter -> assertThat(letter.body()).contains(link)));
            }
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(NotificationMail.to(SMTP, "ines@example.com", title))
                            .filteredOn(letter -> letter.subject().contains("Escalation"))
                            .singleElement()
                            .satisfies(letter -> assertThat(letter.body()).contains("as IT's lead", link)));

            assertThat(NotificationMail.to(SMTP, "ida@example.com", title))
                    .as("the requester is never reminded of her own change")
                    .filteredOn(letter -> letter.subject().contains("Reminder"))
                    .isEmpty();
            assertThat(NotificationMail.to(SMTP, "ivo@example.com", title))
                    .as("an escalation goes to the lead alone")
                    .filteredOn(letter -> letter.subject().contains("Escalation"))
                    .isEmpty();
            assertThat(NotificationMail.to(SMTP, "finn@example.com", title))
                    .as("Finance has approved: it is not reminded")
                    .filteredOn(letter -> letter.subject().contains("Reminder"))
                    .isEmpty();
        }
    }
}
