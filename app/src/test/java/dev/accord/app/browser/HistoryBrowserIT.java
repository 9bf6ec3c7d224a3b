package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Looking back in a real browser: the history plays by itself through server push; a decision opens its context. */
@AccordIntegrationTest
class HistoryBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aProjectsHistoryPlaysStepByStepAndADecisionShowsWhatWasOnTheTable() throws Exception {
        try (Browser finn = new Browser("http://localhost:" + port)) {
            finn.signInAs("finn", "demo");
            finn.open("/portfolio");
            finn.chooseInComboBox("fiscal-year", "2026");
            finn.followLink("Zero-trust network");
            finn.waitForText("project-status", "Active");

            finn.click("replay-play");
            finn.waitForTextContaining("replay-position", "Step 2 of");
            finn.click("replay-play");
            finn.click("back-to-today");
            finn.waitForText("project-status", "Active");

            for (int step = 1; step <= 3; step++) {
                finn.click("replay-forward");
                finn.waitForTextContaining("replay-position", "Step " + step + " of");
            }
            assertThat(finn.waitFor(By.id("as-of-banner")).getText()).startsWith("As it stood after step");
            assertThat(finn.waitFor(By.id("project-status")).getText())
                    .as("before both sides approved")
                    .isEqualTo("Proposed");
            assertThat(finn.pageText()).doesNotContain("Request a change");
            finn.screenshot("replay");

            finn.click("back-to-today");
            finn.waitForText("project-status", "Active");

            finn.clickFirst(By.cssSelector("vaadin-button.decision-context"));
            assertThat(finn.waitFor(By.id("decision-summary")).getText()).isNotBlank();
            finn.waitFor(By.id("hindsight-spend"));
            finn.screenshot("decision-context");
            finn.click("decision-context-close");

            finn.open(java.net.URI.create(finn.currentUrl()).getPath() + "/retrospective");
            assertThat(finn.waitFor(By.id("retrospective-title")).getText()).contains("Zero-trust network");
            assertThat(finn.waitFor(By.cssSelector("canvas")).getSize().getWidth())
                    .as("the spend chart")
                    .isPositive();
            assertThat(finn.waitFor(By.id("download-pdf")).getAttribute("href")).isNotBlank();
            finn.screenshot("retrospective");
        }
    }
}
