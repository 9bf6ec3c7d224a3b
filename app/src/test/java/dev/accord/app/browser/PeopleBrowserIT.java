package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator adds a person, who must then choose their own password before anything else, and the People page
 * lists who did what; people who are not administrators never get there.
 */
@AccordIntegrationTest
class PeopleBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorAddsSomeoneWhoCanThenSignIn() throws Exception {
        String username = "nora" + UUID.randomUUID().toString().substring(0, 4);
        try (Browser ada = new Browser("http://localhost:" + port);
                Browser nora = new Browser("http://localhost:" + port);
                Browser ida = new Browser("http://localhost:" + port)) {
            ada.signInAs("ada", "demo");
            ada.open("/people");
            ada.click("add-person");
            ada.type("person-username", username);
            ada.type("person-display-name", "Nora Falk");
            ada.chooseInComboBox("person-side", "Finance");
            ada.type("person-password", "short");
            ada.click("person-add");
            assertThat(ada.errorBeside("person-password")).isEqualTo("At least 8 characters");
            ada.type("person-email", "nora");
            ada.type("person-password", "welcome-1");
            ada.click("person-add");
            assertThat(ada.errorBeside("person-email")).startsWith("An e-mail address such as");
            ada.type("person-email", "nora@example.com");
            ada.click("person-add");
            ada.waitForCell(username);
            ada.waitForCell("nora@example.com");
            ada.screenshot("people");

            nora.signInAsToChoosePassword(username, "welcome-1");
            nora.open("/approvals");
            nora.waitFor(By.id("choose-current-password"));
            nora.type("choose-current-password", "welcome-1");
            nora.type("choose-new-password", "welcome-1");
            nora.type("choose-repeated-password", "welcome-2");
            nora.click("choose-password");
            assertThat(nora.errorBeside("choose-repeated-password")).isEqualTo("The two new passwords differ");
            nora.type("choose-repeated-password", "welcome-1");
            nora.click("choose-password");
            assertThat(nora.errorBeside("choose-new-password")).startsWith("Choose a password of your own");
            nora.type("choose-new-password", "noras-own-1");
            nora.type("choose-repeated-password", "noras-own-1");
            nora.click("choose-password");
            nora.waitForText("signed-in-user", "Nora Falk");
            // The session goes on with the chosen password: the next page is no longer the choice.
            nora.clickFirst(By.xpath("//vaadin-side-nav-item[contains(., 'Approvals')]"));
            nora.waitForUrlEndingWith("/approvals");
            nora.waitFor(By.id("signed-in-user"));

            ada.open("/people");
            ada.waitForCellContaining("chose their own password");
            ada.waitForCellContaining("added as member, Finance");

            ida.signInAs("ida", "demo");
            ida.open("/people");
            assertThat(ida.pageText()).doesNotContain("Add a person");
        }
    }
}
