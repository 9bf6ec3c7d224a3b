package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.FiscalYears;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fiscal year's budget decided in real browsers: Finance requests it on the portfolio page, IT approves it there,
 * and another Finance member finds it in the approvals inbox, waiting for Finance, and approves it from there. The
 * requester is never offered her own approval.
 */
@AccordIntegrationTest
class YearBudgetBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aYearBudgetIsRequestedInThePortfolioAndApprovedThereAndInTheInbox() throws Exception {
        int year = FiscalYears.unused();
        String card = "IT budget " + year;
        String base = "http://localhost:" + port;
        try (Browser fay = new Browser(base);
                Browser ida = new Browser(base);
                Browser finn = new Browser(base)) {
            fay.signInAs("fay", "demo");
            fay.open("/portfolio/" + year);
            fay.waitForTextContaining("year-budget", "Not set yet");
            fay.click("request-year-budget");
            fay.type("year-budget-amount", "4000000");
            fay.type("year-budget-reason", "Two new plants come online");
            fay.click("year-budget-submit");
            fay.waitFor(By.cssSelector("#year-budget-panel .year-change-card"));
            fay.waitForPageText("You requested this");
            assertThat(fay.isShown(By.cssSelector("#year-budget-panel vaadin-button.approve")))
                    .as("never the requester")
                    .isFalse();

            ida.signInAs("ida", "demo");
            ida.open("/portfolio/" + year);
            ida.waitForPageText("Requested by Fay Lund");
            ida.waitForPageText("Waiting for Finance and IT");
            ida.clickOnCard("year-change-card", card, "approve");
            ida.click("confirm-approval");
            ida.waitForPageText("\u2713 Ida Berg approved version 1");
            ida.waitForTextContaining("year-budget-panel", "Waiting for Finance");
            ida.screenshot("year-budget-approval");

            finn.signInAs("finn", "demo");
            finn.open("/approvals");
            finn.waitForCard("approval-card", card);
            finn.waitForPageText("Waiting for Finance (IT has approved)");
            finn.waitForPageText("Two new plants come online");
            finn.screenshot("year-budget-in-inbox");
            finn.clickOnCard("approval-card", card, "approve");
            finn.click("confirm-approval");

            fay.waitForTextContaining("year-budget", "\u20ac4,000,000.00");
            assertThat(fay.isShown(By.cssSelector("#year-budget-panel .year-change-card")))
                    .as("decided: nothing awaits approval")
                    .isFalse();
        }
    }
}
