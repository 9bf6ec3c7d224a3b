package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 2026 portfolio as Finance sees it in the browser: each score with its parts, the weights the year is ranked by,
 * and the dialog to propose others (opened, not sent: the demo year stays ranked by ROI for the other tests).
 */
@AccordIntegrationTest
class RankingBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void theRankingShowsEachScoresPartsAndOffersToProposeWeights() throws Exception {
        try (Browser finn = new Browser("http://localhost:" + port)) {
            finn.signInAs("finn", "demo");
            finn.open("/portfolio");
            finn.chooseInComboBox("fiscal-year", "2026");
            finn.waitForTextContaining("ranking-weights", "Ranked by ROI 100");
            finn.waitForCellContaining("ROI 100.00");
            finn.scrollIntoView("ranking");
            finn.screenshot("portfolio-ranking-score-parts");
            finn.scrollIntoView("ranking-weights-panel");

            finn.click("propose-ranking-weights");
            finn.waitFor(By.id("weight-clearRoi"));
            assertThat(finn.textOf("ranking-weights-shares")).isEqualTo("Share of the score: ROI 100 %");
            finn.waitUntilHidden(By.cssSelector("vaadin-dialog-overlay[opening]"));
            finn.screenshot("portfolio-ranking-weights-dialog");
        }
    }
}
