package dev.accord.app.browser;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journey by keyboard alone: Ida proposes a project (Tab to the button, Enter, fill the dialog, submit) and
 * Fay approves it from her inbox (Tab to the card's Approve, Enter, a comment, Space on the confirmation). No click
 * on the way: a control without a tab stop, or one that Enter or Space does not work, fails the test.
 */
@AccordIntegrationTest
class KeyboardBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aProposalIsMadeAndApprovedByKeyboardAlone() throws Exception {
        String title = "Keyboard-only intranet " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser ida = new Browser("http://localhost:" + port);
                Browser fay = new Browser("http://localhost:" + port)) {
            ida.signInAs("ida", "demo");
            ida.waitFor(By.id("projects"));
            Keyboard idasKeys = new Keyboard(ida);
            idasKeys.tabTo(ida.waitFor(By.id("propose-project")));
            idasKeys.press(Keys.ENTER);
            idasKeys.tabTo(ida.waitFor(By.id("proposal-title")));
            idasKeys.type(title);
            idasKeys.tabTo(ida.waitFor(By.id("proposal-amount")));
            idasKeys.type("64000");
            idasKeys.tabTo(ida.waitFor(By.id("proposal-description")));
            idasKeys.type("One intranet every screen reader and keyboard can use.");
            ida.screenshot("keyboard-propose");
            idasKeys.tabTo(ida.waitFor(By.id("proposal-submit")));
            idasKeys.press(Keys.ENTER);
            ida.waitForCell(title);

            fay.signInAs("fay", "demo");
            fay.open("/approvals");
            fay.waitForCard("approval-card", title);
            Keyboard faysKeys = new Keyboard(fay);
            faysKeys.tabTo(approveOnCard(fay, title));
            faysKeys.press(Keys.ENTER);
            faysKeys.tabTo(fay.waitFor(By.id("approval-comment")));
            faysKeys.type("Approved without a mouse");
            faysKeys.tabTo(fay.waitFor(By.id("confirm-approval")));
            fay.screenshot("keyboard-approve");
            faysKeys.press(Keys.SPACE);
            fay.waitUntilHidden(By.id("approval-comment"));

            ida.followLink(title);
            ida.waitForCellContaining("Fay Lund (Finance) approved version 1 of the initial budget of EUR 64,000.00: "
                    + "\u201cApproved without a mouse\u201d");
        }
    }

    private static WebElement approveOnCard(Browser browser, String title) {
        return browser.waitFor(By.xpath("//*[contains(@class,'approval-card')][.//*[contains(text(),\"" + title
                + "\")]]//vaadin-button[contains(@class,'approve')]"));
    }
}
