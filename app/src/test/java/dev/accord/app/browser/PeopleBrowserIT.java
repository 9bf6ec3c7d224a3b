package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator adds a person, who can then sign in; people who are not administrators never get there. */
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
            ada.type("person-password", "welcome-1");
            ada.click("person-add");
            ada.waitForCell(username);
            ada.screenshot("people");

            nora.signInAs(username, "welcome-1");
            nora.waitForText("signed-in-user", "Nora Falk");

            ida.signInAs("ida", "demo");
            ida.open("/people");
            assertThat(ida.pageText()).doesNotContain("Add a person");
        }
    }
}
