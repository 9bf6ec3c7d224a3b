package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A revision in the browser: the requester puts version 2 on the table, the earlier approval stays visible but
 * voided, a comment joins the change's conversation beneath it, and a colleague watching the page is told what
 * happened.
 */
@AccordIntegrationTest
class RevisionBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void aRevisionVoidsTheEarlierApprovalInFrontOfEveryone() throws Exception {
        Api api = new Api(http, json);
        String title = "Badge readers " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer proposed = api.propose("ida", title, "100000.00", FiscalYears.withoutBudget());
        String id = proposed.text("id");
        api.as("fay")
                .post(
                        "/api/projects/" + id + "/changes/" + proposed.text("changeId") + "/approvals",
                        "{\"version\": 1, \"comment\": \"Fine\"}");

        try (Browser ida = new Browser("http://localhost:" + port);
                Browser fay = new Browser("http://localhost:" + port)) {
            fay.signInAs("fay", "demo");
            fay.open("/projects/" + id);
            fay.waitForText("project-status", "Proposed");

            ida.signInAs("ida", "demo");
            ida.open("/projects/" + id);
            ida.clickOnCard("change-card", "Initial budget", "revise");
            ida.type("revise-budget", "90000");
            ida.type("revise-rationale", "Cheaper readers found");
            ida.click("revise-submit");
            ida.waitFor(By.xpath("//*[contains(@class,'change-card')]//*[contains(text(),'version 2')]"));
            ida.waitFor(By.xpath("//*[contains(@class,'change-card')]//*[contains(text(),"
                    + "'Voided: Fay Lund approved version 1')]"));

            ida.chooseInComboBox("comment-about", "Initial budget");
            ida.type("comment-text", "Quote attached to the ticket");
            ida.click("comment-submit");
            String comment = "Ida Berg (IT) commented on the change: \u201cQuote attached to the ticket\u201d";
            ida.waitForCellContaining(comment);

            // Fay never reloaded: she is told, and her page shows version 2 waiting for her.
            fay.waitFor(By.xpath("//vaadin-notification-card[contains(normalize-space(.),"
                    + " 'Ida Berg (IT) revised the initial budget')]"));
            fay.waitFor(By.xpath("//*[contains(@class,'change-card')]//*[contains(text(),'version 2')]"));
            fay.screenshot("revision");

            // The comment is shown as a reply beneath the change it discusses, before Fay's earlier approval.
            assertThat(ida.isReply(comment)).isTrue();
            assertThat(ida.topOfCellContaining(comment))
                    .isGreaterThan(ida.topOfCellContaining("Ida Berg (IT) requested the initial budget"))
                    .isLessThan(ida.topOfCellContaining("Fay Lund (Finance) approved version 1"));
            ida.scrollIntoView("timeline");
            ida.screenshot("threaded-timeline");
        }
    }
}
