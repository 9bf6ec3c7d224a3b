package dev.accord.app.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person signs in through the company's identity provider (its own login page, in the browser) and lands in
 * Accord as themselves, acting for the side their groups give them; a disabled account is turned away.
 */
class SignInWithIdentityProviderBrowserIT extends WithCompanyIdentityProvider {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFinancePersonSignsInThroughTheIdentityProviderAndActsForFinance() throws Exception {
        String olga = IdentityProviderTokensIT.person("olga");
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.waitFor(By.id("sign-in-with-identity-provider"));
            // Both ways in: the identity provider's button above Accord's own form, kept on here.
            assertThat(browser.isShown(By.cssSelector("input[name=username]"))).isTrue();
            browser.screenshot("sign-in-with-identity-provider");
            browser.click("sign-in-with-identity-provider");

            signInAtTheIdentityProvider(browser, olga, """
                    {"preferred_username": "%s", "name": "Olga Berg", "email": "%s@company.example",
                     "groups": ["accord-finance", "staff"]}""".formatted(olga, olga));

            browser.waitForText("signed-in-user", "Olga Berg");
            assertThat(browser.deepText()).contains("Finance");
            // The projects list, where she lands, offers her what a member of a side may do.
            browser.waitFor(By.id("propose-project"));
        }
        assertThat(jdbc.sql("SELECT side FROM user_account WHERE username = ?")
                        .param(olga)
                        .query(String.class)
                        .single())
                .isEqualTo("FINANCE");
    }

    @Test
    void aDisabledAccountIsTurnedAwayAfterTheIdentityProviderSignedThemIn() throws Exception {
        String dora = IdentityProviderTokensIT.person("dora");
        String claims = """
                {"preferred_username": "%s", "name": "Dora Lind", "groups": ["accord-it"]}""".formatted(dora);
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.click("sign-in-with-identity-provider");
            signInAtTheIdentityProvider(browser, dora, claims);
            browser.waitForText("signed-in-user", "Dora Lind");
        }
        jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE username = ?")
                .param(dora)
                .update();
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.open("/login");
            browser.click("sign-in-with-identity-provider");
            signInAtTheIdentityProvider(browser, dora, claims);
            browser.waitForUrlEndingWith("/login?not-admitted");
            browser.waitForPageText("Not admitted to Accord");
        }
    }

    /** The identity provider's own login page: any user id, and the claims it vouches for as JSON. */
    private static void signInAtTheIdentityProvider(Browser browser, String subject, String claims) {
        browser.waitFor(By.cssSelector("form input[name=username]")).sendKeys(subject);
        browser.waitFor(By.cssSelector("form textarea[name=claims]")).sendKeys(claims);
        browser.waitFor(By.cssSelector("form input[type=submit]")).click();
    }
}
