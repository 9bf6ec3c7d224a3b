package dev.accord.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.project.api.ApprovalEscalated;
import dev.accord.domain.project.api.ApprovalReminded;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.shared.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reminder goes by e-mail to the waiting side's members but never to the requester; an escalation to the side's
 * lead alone. The events are recorded here as the deadline manager records them: on the project, after its real
 * proposal.
 */
class RemindersByMailIT extends WithMailServer {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore events;

    @Test
    void aReminderReachesTheSidesMembersButNotTheRequester() {
        Proposal proposal = proposeAsFay("Invoice archive");
        record(
                proposal,
                new ApprovalReminded(
                        proposal.projectId(),
                        proposal.changeId(),
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        Side.FINANCE,
                        Instant.parse("2026-11-20T09:00:00Z")));

        for (String member : List.of("finn", "carla")) {
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(NotificationMail.to(SMTP, member + "@example.com", "Reminder"))
                            .filteredOn(letter -> letter.subject().contains(proposal.title()))
                            .singleElement()
                            .satisfies(letter -> assertThat(letter.body())
                                    .contains("has waited for Finance since 2026-11-20", proposal.link())));
        }
        // Other tests add Finance members to the shared ledger: each of them is reminded too, never the requester.
        assertThat(queued(proposal, "REMINDER"))
                .contains("finn", "carla")
                .doesNotContain("fay")
                .allSatisfy(member -> assertThat(sideOf(member)).isEqualTo("FINANCE"));
        assertThat(NotificationsIT.about(new Api(http, json), "finn", proposal.title()))
                .anySatisfy(notification ->
                        assertThat(notification.path("kind").asText()).isEqualTo("REMINDER"));
    }

    @Test
    void anEscalationReachesTheSidesLeadAlone() {
        Proposal proposal = proposeAsFay("Treasury feed");
        record(
                proposal,
                new ApprovalEscalated(
                        proposal.projectId(),
                        proposal.changeId(),
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        Side.FINANCE,
                        Instant.parse("2026-11-18T09:00:00Z")));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(NotificationMail.to(SMTP, "carla@example.com", "Escalation"))
                        .filteredOn(letter -> letter.subject().contains(proposal.title()))
                        .singleElement()
                        .satisfies(letter -> assertThat(letter.body()).contains("as Finance's lead", proposal.link())));
        assertThat(queued(proposal, "ESCALATION"))
                .contains("carla")
                .as("Finance's leads alone")
                .allSatisfy(lead -> assertThat(isFinanceLead(lead)).isTrue());
    }

    private record Proposal(String title, UUID projectId, UUID changeId) {
        String link() {
            return NotificationMail.PUBLIC_URL + "/projects/" + projectId + "?change=" + changeId;
        }
    }

    /** Fay (Finance) requests, so that the reminded side is the requester's own. */
    private Proposal proposeAsFay(String name) {
        String title = name + " " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer proposed = new Api(http, json).propose("fay", title, "25000.00", FiscalYears.unused());
        assertThat(proposed.status()).isEqualTo(201);
        return new Proposal(title, UUID.fromString(proposed.text("id")), UUID.fromString(proposed.text("changeId")));
    }

    /** Appends the event to the project's own stream, after its last event. */
    private void record(Proposal proposal, Object event) {
        long last = jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", proposal.projectId().toString())
                .query(Long.class)
                .single();
        events.publish(
                new GenericDomainEventMessage<>("Project", proposal.projectId().toString(), last + 1, event));
    }

    private List<String> queued(Proposal proposal, String kind) {
        return jdbc.sql("""
                        SELECT o.username FROM mail_outbox o JOIN notification n ON n.id = o.notification_id
                        WHERE n.project_id = :projectId AND n.kind = :kind""")
                .param("projectId", proposal.projectId())
                .param("kind", kind)
                .query(String.class)
                .list();
    }

    private String sideOf(String username) {
        return jdbc.sql("SELECT side FROM user_account WHERE username = :username")
                .param("username", username)
                .query(String.class)
                .single();
    }

    private boolean isFinanceLead(String username) {
        return jdbc.sql("SELECT lead AND side = 'FINANCE' FROM user_account WHERE username = :username")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }
}
