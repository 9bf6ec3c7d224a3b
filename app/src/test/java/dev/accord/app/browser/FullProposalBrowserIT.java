package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.FiscalYears;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole proposal in a real browser: sponsor, requesting department, the processes and objectives it serves and
 * the fiscal year, in the ledger's currency; shown on the project page beside the questions they feed, and on the
 * approval card of a colleague who is to decide on it.
 */
@AccordIntegrationTest
class FullProposalBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aFullProposalIsShownOnTheProjectPageAndOnTheApprovalCard() throws Exception {
        String title = "Returns portal " + UUID.randomUUID().toString().substring(0, 8);
        String year = String.valueOf(FiscalYears.forProposalsOnly());
        try (Browser ida = new Browser("http://localhost:" + port);
                Browser fay = new Browser("http://localhost:" + port)) {
            ida.signInAs("ida", "demo");
            ida.click("propose-project");
            ida.type("proposal-title", title);
            ida.type("proposal-amount", "180000");
            assertThat(ida.textOf("proposal-currency"))
                    .as("the ledger's currency")
                    .isEqualTo("EUR");
            ida.type("proposal-fiscal-year", year);
            ida.type("proposal-sponsor", "COO");
            // A department nobody named before: typed, and taken as the field is left.
            ida.type("proposal-department", "Customer service");
            ida.click("proposal-description");
            ida.type("proposal-description", "Let customers return goods online and track the refund.");
            ida.type("proposal-processes-input", "returns handling");
            ida.click("proposal-processes-add");
            ida.type("proposal-processes-input", "refunds");
            ida.click("proposal-processes-add");
            ida.type("proposal-company-objectives-input", "halve returns calls");
            ida.click("proposal-company-objectives-add");
            ida.type("proposal-it-objectives-input", "one customer identity");
            ida.click("proposal-it-objectives-add");
            ida.waitForTextContaining("proposal-processes-items", "refunds");
            ida.screenshot("full-proposal");
            ida.click("proposal-submit");

            ida.waitForCell(title);
            ida.followLink(title);
            ida.waitForText("project-sponsor", "COO");
            ida.waitForText("project-department", "Customer service");
            ida.waitForText("project-processes", "returns handling, refunds");
            ida.waitForText("project-company-objectives", "halve returns calls");
            ida.waitForText("project-it-objectives", "one customer identity");
            assertThat(ida.textOf("fiscal-year")).isEqualTo(year);
            ida.scrollIntoView("proposal-section");
            ida.screenshot("full-proposal-on-the-project-page");

            fay.signInAs("fay", "demo");
            fay.open("/approvals");
            fay.waitForCard("approval-card", title);
            assertThat(fay.textOnCard("approval-card", title, "proposal-facts"))
                    .isEqualTo("Sponsor: COO \u00b7 Department: Customer service \u00b7 Fiscal year " + year);
            assertThat(fay.textOnCard("approval-card", title, "proposal-processes"))
                    .isEqualTo("Improves: returns handling, refunds");
            assertThat(fay.textOnCard("approval-card", title, "proposal-objectives"))
                    .isEqualTo("Company objectives: halve returns calls \u00b7 IT objectives: one customer identity");
        }
    }
}
