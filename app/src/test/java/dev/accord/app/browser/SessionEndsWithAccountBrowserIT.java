package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Administrator;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A browser session ends with its account: once an administrator disables the account or resets its password,
 * the next click in the open browser leads to the login page.
 */
@AccordIntegrationTest
class SessionEndsWithAccountBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserDetailsService users;

    private Administrator ada;
    private String username;

    @BeforeEach
    void someoneSignedIn() {
        ada = new Administrator(commands, users);
        username = "tess" + UUID.randomUUID().toString().substring(0, 6);
        ada.adds(username, "welcome-1");
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        try (Browser tess = new Browser("http://localhost:" + port)) {
            tess.signInAs(username, "welcome-1");
            ada.disables(username);
            nextClickLeadsToTheLoginPage(tess);
            tess.signInAsExpectingFailure(username, "welcome-1");
        }
    }

    @Test
    void resettingAPasswordEndsTheSessionsSignedInWithTheOldOne() throws Exception {
        try (Browser tess = new Browser("http://localhost:" + port)) {
            tess.signInAs(username, "welcome-1");
            ada.resetsPasswordOf(username, "welcome-2");
            nextClickLeadsToTheLoginPage(tess);
            tess.signInAs(username, "welcome-2");
            // The new session is not ended in turn: the next click stays signed in.
            tess.clickFirst(By.xpath("//vaadin-side-nav-item[contains(., 'Approvals')]"));
            tess.waitForUrlEndingWith("/approvals");
            tess.waitFor(By.id("signed-in-user"));
        }
    }

    private static void nextClickLeadsToTheLoginPage(Browser browser) throws Exception {
        browser.clickFirst(By.xpath("//vaadin-side-nav-item[contains(., 'Projects')]"));
        try {
            browser.waitFor(By.cssSelector("input[name=username]"));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("session-outlived-its-account");
            throw e;
        }
        assertThat(browser.currentUrl()).contains("/login");
    }
}
