package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journey in real browsers: IT proposes, Finance sees it arrive in Approvals without reloading and
 * approves, IT approves; everyone sees it active and the timeline tells the story. Then a budget change that
 * Finance rejects, with a reason everyone sees.
 */
@AccordIntegrationTest
class JointApprovalJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void financeAndItDecideABudgetTogether() throws Exception {
        String title = "Warehouse robots " + UUID.randomUUID().toString().substring(0, 6);
        String base = "http://localhost:" + port;
        try (Browser ida = new Browser(base);
                Browser fay = new Browser(base);
                Browser ivo = new Browser(base)) {
            fay.signInAs("fay", "demo");
            fay.open("/approvals");
            fay.waitFor(org.openqa.selenium.By.id("awaiting-my-side"));

            ida.signInAs("ida", "demo");
            ida.click("propose-project");
            ida.type("proposal-title", title);
            ida.type("proposal-amount", "250000");
            ida.click("proposal-submit");
            ida.waitForCell(title);

            // Fay never reloads: the proposal arrives in her inbox.
            fay.waitForCard("approval-card", title);
            fay.screenshot("approvals");
            fay.clickOnCard("approval-card", title, "approve");
            fay.type("approval-comment", "Fits the 2026 envelope");
            fay.click("confirm-approval");

            ivo.signInAs("ivo", "demo");
            ivo.open("/approvals");
            ivo.clickOnCard("approval-card", title, "approve");
            ivo.click("confirm-approval");

            ida.followLink(title);
            ida.waitForText("project-status", "Active");
            ida.waitForText("approved-budget", "€250,000.00");
            fay.open("/");
            fay.followLink(title);
            fay.waitForText("project-status", "Active");
            fay.waitForCellContaining("took effect, approved by Fay Lund (Finance) and Ivo Novak (IT)");
            fay.screenshot("project");
            assertThat(fay.cellsContaining(title).get(0)).contains("Ida Berg (IT) proposed");
            assertThat(fay.cellsContaining("approved version 1"))
                    .containsExactly(
                            "Fay Lund (Finance) approved version 1 of the initial budget of EUR 250,000.00: "
                                    + "\u201cFits the 2026 envelope\u201d",
                            "Ivo Novak (IT) approved version 1 of the initial budget of EUR 250,000.00");

            // A budget change that Finance rejects, visible to all.
            ida.click("request-change");
            ida.chooseInComboBox("change-kind", "Budget");
            ida.type("change-budget", "400000");
            ida.type("change-rationale", "Second hall");
            ida.click("change-submit");
            ida.waitForCard("change-card", "Budget");

            fay.waitForCard("change-card", "Budget");
            fay.clickOnCard("change-card", "Budget", "reject");
            fay.type("rejection-reason", "The second hall belongs in the 2027 budget round");
            fay.click("confirm-rejection");

            ida.waitForCellContaining("rejected version 1 of the budget change to EUR 400,000.00");
            ida.screenshot("project-after-rejection");
            ivo.open("/");
            ivo.followLink(title);
            ivo.waitForCellContaining("The second hall belongs in the 2027 budget round");
        }
    }
}
