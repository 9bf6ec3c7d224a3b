package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.PoisonedEvents;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator finds an event a read model parked under Operations, with its error, and gives up on it with a
 * reason; the project's timeline then carries on.
 */
@AccordIntegrationTest
class ParkedEventsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorGivesUpOnAParkedEventInTheBrowser() throws Exception {
        Api api = new Api(http, json);
        String project = api.propose(
                        "ida", "Parked in the browser " + UUID.randomUUID(), "1000.00", FiscalYears.forProposalsOnly())
                .text("id");
        String poison = PoisonedEvents.appendCommentWithNul(api, jdbc, project);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE event_identifier = ?")
                                .param(poison)
                                .query(Long.class)
                                .single()
                        > 0);

        try (Browser ada = new Browser("http://localhost:" + port)) {
            ada.signInAs("ada", "demo");
            ada.open("/operations");
            ada.waitForCellContaining("invalid byte sequence");
            ada.screenshot("operations-parked-events");
            ada.clickFirst(By.id("give-up-" + poison));
            ada.type("eviction-reason", "Written before NUL was refused");
            ada.click("confirm-eviction");
            ada.waitForPageText("No read model has parked an event");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE event_identifier = ?")
                        .param(poison)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
