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
            // The chart's text alternative: a name for the drawing, and its figures as a table under it.
            assertThat(finn.waitFor(By.cssSelector("#budget-against-spend canvas"))
                            .getAttribute("aria-label"))
                    .startsWith("Budget against spend, 2026 (EUR): line chart by month, Jan to Dec.")
                    .contains("IT budget 3,500,000.00 (Dec)");
            assertThat(figuresOf(finn, "budget-against-spend"))
                    .startsWith("Budget against spend, 2026 (EUR)\nMonth\tIT budget\tAllocated to approved projects"
                            + "\tSpend to date\nJan\t3,500,000.00\t");

            finn.followLink("Data-warehouse migration");
            finn.waitForText("approved-budget", "€520,000.00");
            assertThat(finn.waitFor(By.cssSelector("#plan-versus-actual canvas"))
                            .getSize()
                            .getWidth())
                    .as("Chart.js drew plan against actual")
                    .isPositive();
            assertThat(figuresOf(finn, "plan-versus-actual"))
                    .startsWith("Plan against actual, to date (EUR)\nMonth\tApproved budget\tSpend to date")
                    .contains("\t520,000.00\t");
            finn.screenshot("project-chart-as-table");
            finn.waitForCellContaining("Reassessment 1 fell due: Spend to date EUR 482,000.00");
            finn.screenshot("project-with-history");
        }
    }

    /** Opens the table under a chart and reads it as the browser shows it: caption, then rows of tab-separated cells. */
    private static String figuresOf(Browser browser, String chartId) {
        browser.clickFirst(By.cssSelector("#" + chartId + " details.chart-table summary"));
        return (String) browser.driver()
                .executeScript(
                        "return arguments[0].innerText",
                        browser.waitFor(By.cssSelector("#" + chartId + " details.chart-table table")));
    }
}
