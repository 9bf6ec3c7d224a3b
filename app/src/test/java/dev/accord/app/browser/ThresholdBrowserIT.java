package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A threshold needing the CFO, as the CFO's inbox shows it: a change above the year's threshold that Finance and IT
 * members approved waits for her, and her card says so.
 */
@AccordIntegrationTest
class ThresholdBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void theCfosInboxSaysTheChangeWaitsForHer() throws Exception {
        Api api = new Api(http, json);
        int year = FiscalYears.unused();
        String rules = "/api/portfolio/" + year + "/approval-rules";
        Answer requested = api.as("fay").post(rules, """
                {"tiers": [{"above": {"amount": "500000.00", "currency": "EUR"}, "financeApprovals": 1,
                  "itApprovals": 1, "financeLead": true}]}""");
        api.as("ivo").post(rules + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}");
        api.as("finn").post(rules + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}");
        String title = "Data centre exit " + UUID.randomUUID().toString().substring(0, 6);
        Answer proposed = api.as("ivo").post("/api/projects", """
                {"title": "%s", "requestedBudget": {"amount": "750000.00", "currency": "EUR"}, "fiscalYear": %d}""".formatted(title, year));
        String approvals =
                "/api/projects/" + proposed.text("id") + "/changes/" + proposed.text("changeId") + "/approvals";
        api.as("fay").post(approvals, "{\"version\": 1}");
        assertThat(api.as("ida").post(approvals, "{\"version\": 1}").text("tookEffect"))
                .isEqualTo("false");

        try (Browser carla = new Browser("http://localhost:" + port)) {
            carla.signInAs("carla", "demo");
            carla.open("/projects/" + proposed.text("id"));
            carla.waitForPageText("Waiting for the CFO");
            carla.open("/approvals");
            carla.waitFor(By.id("awaiting-my-side"));
            carla.waitForCard("approval-card", title);
            carla.waitForPageText("Waiting for the CFO");
            carla.screenshot("threshold-waiting-for-lead");
            carla.clickOnCard("approval-card", title, "approve");
            carla.click("confirm-approval");
            // Her approval completes it: the project is active.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(api.as("fay")
                                    .get("/api/projects/" + proposed.text("id"))
                                    .body()
                                    .get("status")
                                    .asText())
                            .isEqualTo("ACTIVE"));
        }
    }
}
