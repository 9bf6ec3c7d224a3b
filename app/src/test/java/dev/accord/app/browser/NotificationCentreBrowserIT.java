package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The notification centre in the browser: a change Ida requests while Fay has Accord open rings Fay's bell, the
 * list under it names the project and links to it, and she marks it read, then everything.
 */
@AccordIntegrationTest
class NotificationCentreBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void aRequestedChangeRingsTheBellAndIsMarkedRead() throws Exception {
        Api api = new Api(http, json);
        try (Browser fay = new Browser("http://localhost:" + port)) {
            fay.signInAs("fay", "demo");
            // A page that tells no activity notes: they show at the top end, over the bell.
            fay.open("/notification-settings");
            fay.waitFor(By.id("notification-bell"));

            String title = "Visitor wifi " + UUID.randomUUID().toString().substring(0, 6);
            Api.Answer proposed = api.propose("ida", title, "15000.00", FiscalYears.forProposalsOnly());

            // Live: Fay never reloads. The bell counts what is unread and the list names the project.
            fay.waitFor(By.id("notification-count"));
            assertThat(fay.waitFor(By.id("notification-count")).getText()).matches("[1-9][0-9]*\\+?");
            fay.click("notification-bell-button");
            String item = "//*[contains(@class,'notification-item')][.//*[contains(text(),\"" + title + "\")]]";
            fay.waitFor(By.xpath(item + "[@data-read='false']"));
            assertThat(fay.waitFor(By.xpath(item + "//a")).getAttribute("href"))
                    .endsWith("/projects/" + proposed.text("id") + "?change=" + proposed.text("changeId"));
            fay.screenshot("notification-centre");

            fay.clickOnCard("notification-item", title, "mark-read");
            fay.waitFor(By.xpath(item + "[@data-read='true']"));

            fay.click("mark-all-read");
            fay.waitUntilHidden(By.id("notification-count"));
            assertThat(api.as("fay").get("/api/notifications").body().findValuesAsText("read"))
                    .containsOnly("true");
        }
    }
}
