package dev.accord.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.notification.api.ChooseEmailKinds;
import dev.accord.domain.notification.api.NotificationKind;
import dev.accord.domain.shared.ActorPrincipal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Notifications from a real proposal, in the centre (the API) and by e-mail through a real SMTP server: a change
 * waits for both sides, and everyone on them but the requester is told; each person reads only their own and
 * chooses which kinds come by e-mail.
 */
class NotificationsIT extends WithMailServer {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserDetailsService users;

    @Test
    void aChangeIdaRequestedReachesFinanceMembersButNotIda() {
        Api api = new Api(http, json);
        String title = "Scanner fleet " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer proposed = api.propose("ida", title, "40000.00", FiscalYears.forProposalsOnly());
        String link = NotificationMail.PUBLIC_URL + "/projects/" + proposed.text("id") + "?change="
                + proposed.text("changeId");

        for (String member : List.of("fay", "finn", "carla")) {
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(about(api, member, title))
                            .singleElement()
                            .satisfies(notification -> {
                                assertThat(notification.path("kind").asText()).isEqualTo("CHANGE_WAITING");
                                assertThat(notification.path("text").asText())
                                        .contains(title, "Ida Berg (IT) requested the initial budget", "Finance");
                                assertThat(notification.path("projectId").asText())
                                        .isEqualTo(proposed.text("id"));
                                assertThat(notification.path("changeId").asText())
                                        .isEqualTo(proposed.text("changeId"));
                                assertThat(notification.path("read").asBoolean())
                                        .isFalse();
                            }));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(NotificationMail.to(SMTP, member + "@example.com", title))
                            .singleElement()
                            .satisfies(letter -> assertThat(letter.body()).contains(title, link)));
        }
        // IT's other members are told too; the requester neither in her centre nor by e-mail.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(NotificationMail.to(SMTP, "ivo@example.com", title))
                        .hasSize(1));
        assertThat(about(api, "ida", title)).isEmpty();
        assertThat(queuedFor(title)).doesNotContain("ida").contains("fay", "finn", "carla", "ivo", "ines");
        assertThat(NotificationMail.to(SMTP, "ida@example.com", title)).isEmpty();
    }

    @Test
    void theApiListsMineAndMarksOneReadButNotSomeoneElses() {
        Api api = new Api(http, json);
        String title = "Desk booking " + UUID.randomUUID().toString().substring(0, 6);
        api.propose("ida", title, "12000.00", FiscalYears.forProposalsOnly());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(about(api, "fay", title)).hasSize(1));
        String id = about(api, "fay", title).get(0).path("id").asText();

        Api.Answer notIdas = api.as("ida").post("/api/notifications/" + id + "/read", null);
        assertThat(notIdas.status()).isEqualTo(404);
        assertThat(notIdas.headers().getContentType()).hasToString("application/problem+json");
        assertThat(api.as("fay")
                        .post("/api/notifications/" + UUID.randomUUID() + "/read", null)
                        .status())
                .isEqualTo(404);
        assertThat(about(api, "fay", title).get(0).path("read").asBoolean()).isFalse();

        assertThat(api.as("fay")
                        .post("/api/notifications/" + id + "/read", null)
                        .status())
                .isEqualTo(204);
        assertThat(about(api, "fay", title).get(0).path("read").asBoolean()).isTrue();
        // Fay's mark is hers: Finn's notice of the same change is still unread.
        assertThat(about(api, "finn", title).get(0).path("read").asBoolean()).isFalse();
    }

    @Test
    void someoneWhoTurnedAKindOffGetsNoEmailOfItButStillSeesIt() {
        Api api = new Api(http, json);
        choose("finn", EnumSet.complementOf(EnumSet.of(NotificationKind.CHANGE_WAITING)));
        try {
            String title = "Meeting rooms " + UUID.randomUUID().toString().substring(0, 6);
            api.propose("ida", title, "9000.00", FiscalYears.forProposalsOnly());

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(NotificationMail.to(SMTP, "fay@example.com", title))
                            .hasSize(1));
            assertThat(about(api, "finn", title)).hasSize(1);
            assertThat(queuedFor(title)).contains("fay").doesNotContain("finn");
        } finally {
            choose("finn", EnumSet.allOf(NotificationKind.class));
        }
    }

    private List<String> queuedFor(String title) {
        return jdbc.sql("SELECT username FROM mail_outbox WHERE subject LIKE :title")
                .param("title", "%" + title + "%")
                .query(String.class)
                .list();
    }

    private void choose(String username, EnumSet<NotificationKind> byEmail) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            commands.sendAndWait(new ChooseEmailKinds(byEmail, ((ActorPrincipal) user).actor()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The person's notifications that name this project. */
    static List<JsonNode> about(Api api, String user, String title) {
        Api.Answer answer = api.as(user).get("/api/notifications");
        assertThat(answer.status()).isEqualTo(200);
        return StreamSupport.stream(answer.body().spliterator(), false)
                .filter(notification -> notification.path("text").asText().contains(title))
                .toList();
    }
}
