package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo history as Finance sees it: the 2026 portfolio with its chart, and a project with plan against actual. */
@AccordIntegrationTest
class WorkspaceBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void thePortfolioAndAProjectShowTheirFiguresAndCharts() throws Exception {
        try (Browser finn = new Browser("http://localhost:" + port)) {
            finn.signInAs("finn", "demo");
            finn.open("/portfolio");
            finn.chooseInComboBox("fiscal-year", "2026");
            finn.waitForText("year-budget", "€3,500,000.00");
            assertThat(finn.waitFor(By.cssSelector("#budget-against-spend canvas"))
                            .getSize()
                            .getWidth())
                    .as("Chart.js drew the budget against spend")
                    .isPositive();
            finn.waitForCell("Customer-portal rebuild");
            finn.screenshot("portfolio");

            finn.followLink("Data-warehouse migration");
            finn.waitForText("approved-budget", "€520,000.00");
            assertThat(finn.waitFor(By.cssSelector("#plan-versus-actual canvas"))
                            .getSize()
                            .getWidth())
                    .as("Chart.js drew plan against actual")
                    .isPositive();
            finn.waitForCellContaining("Reassessment 1 fell due: Spend to date EUR 482,000.00");
            finn.screenshot("project-with-history");
        }
    }
}
