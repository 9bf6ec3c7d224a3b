package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Delegation in real browsers: Ines (CIO) hands her approvals to Ivo on the "Delegate my approvals" page; Ivo
 * approves Fay's proposal on her behalf from the Approvals view; the project and Fay's inbox show it "on behalf of"
 * Ines; Ines revokes, and Ivo sees it revoked.
 */
@AccordIntegrationTest
class DelegationBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aDelegateApprovesOnBehalfOfTheCio() throws Exception {
        String title = "Badge readers " + UUID.randomUUID().toString().substring(0, 6);
        String base = "http://localhost:" + port;
        try (Browser ines = new Browser(base);
                Browser fay = new Browser(base);
                Browser ivo = new Browser(base)) {
            ines.signInAs("ines", "demo");
            ines.click("delegate-my-approvals");
            ines.chooseInComboBox("delegate", "Ivo Novak");
            ines.click("grant-delegation");
            ines.waitForCell("Ivo Novak (IT)");
            ines.waitForCell("Active");

            fay.signInAs("fay", "demo");
            fay.click("propose-project");
            fay.type("proposal-title", title);
            fay.type("proposal-amount", "80000");
            fay.click("proposal-submit");
            fay.waitForCell(title);

            ivo.signInAs("ivo", "demo");
            ivo.open("/delegations");
            ivo.waitForCell("Received from");
            ivo.open("/approvals");
            ivo.clickOnCard("approval-card", title, "approve");
            ivo.chooseInSelect("decide-as", "On behalf of Ines Roth");
            ivo.click("confirm-approval");

            fay.followLink(title);
            fay.waitForCellContaining("Ivo Novak (IT) on behalf of Ines Roth (IT lead) approved version 1");
            fay.waitForPageText("Ivo Novak on behalf of Ines Roth (IT lead) approved version 1");
            fay.screenshot("delegation");
            fay.open("/approvals");
            fay.waitForPageText("approved by Ivo Novak on behalf of Ines Roth (IT lead)");

            ines.clickFirst(By.cssSelector("#delegations vaadin-button.revoke"));
            ines.waitForCell("Revoked");
            ivo.open("/delegations");
            ivo.waitForCell("Revoked");
            assertThat(ivo.cellsContaining("Active")).isEmpty();
        }
    }
}
