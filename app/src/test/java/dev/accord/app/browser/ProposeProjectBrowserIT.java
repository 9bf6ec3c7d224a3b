package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The thin slice in a real browser: sign in, propose, and a colleague sees it arrive live. */
@AccordIntegrationTest
class ProposeProjectBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aProposalAppearsForTheProposerAndLiveForAColleague() throws Exception {
        String title = "Zero-trust network " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser ida = new Browser("http://localhost:" + port);
                Browser fay = new Browser("http://localhost:" + port)) {
            fay.signInAs("fay", "demo");
            fay.screenshot("projects-before");

            ida.signInAs("ida", "demo");
            ida.click("propose-project");
            ida.type("proposal-title", title);
            ida.type("proposal-amount", "250000");
            ida.type("proposal-description", "Replace the VPN with identity-aware access to every service.");
            ida.screenshot("propose-project-dialog");
            ida.click("proposal-submit");

            ida.waitForCell(title);
            // Fay never reloads: the new project is pushed to her open view.
            fay.waitForCell(title);
            fay.waitForCellStartingWith("Ida Berg");
            fay.screenshot("projects");
        }
    }

    @Test
    void badInputIsExplainedBesideTheFieldAndNothingIsProposed() throws Exception {
        try (Browser ivo = new Browser("http://localhost:" + port)) {
            ivo.signInAs("ivo", "demo");
            ivo.click("propose-project");
            ivo.type("proposal-amount", "12.345");
            ivo.click("proposal-submit");

            assertThat(ivo.errorBeside("proposal-title")).isEqualTo("Title is required");
            assertThat(ivo.errorBeside("proposal-amount")).isEqualTo("Amount must have at most two decimal places");
            ivo.screenshot("propose-project-errors");
        }
    }

    @Test
    void aWrongPasswordKeepsYouOnTheLoginPage() throws Exception {
        try (Browser stranger = new Browser("http://localhost:" + port)) {
            stranger.signInAsExpectingFailure("ida", "not-the-password");
            assertThat(stranger.currentUrl()).contains("/login?error");
        }
    }
}
