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
 * Keeping a project under review and discussing its steps from its page: proposing a review policy (a change both
 * sides approve), calling a reassessment, and replying to a step, the reply shown beneath it.
 */
@AccordIntegrationTest
class ConversationBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void aMemberProposesAReviewPolicyAndCallsAReassessment() throws Exception {
        Api api = new Api(http, json);
        Api.Answer proposed =
                api.propose("ida", "Review " + UUID.randomUUID(), "100000.00", FiscalYears.withoutBudget());
        String id = proposed.text("id");
        String initial = "/api/projects/" + id + "/changes/" + proposed.text("changeId") + "/approvals";
        assertThat(api.as("fay").post(initial, "{\"version\": 1}").status()).isLessThan(300);
        assertThat(api.as("ivo").post(initial, "{\"version\": 1}").status()).isLessThan(300);

        try (Browser fay = new Browser("http://localhost:" + port)) {
            fay.signInAs("fay", "demo");
            fay.open("/projects/" + id);
            fay.click("review-policy");
            fay.type("review-interval-months", "6");
            fay.type("review-policy-rationale", "Quarterly vendor reviews");
            fay.click("review-policy-submit");
            fay.waitForCellContaining("Quarterly vendor reviews");
            assertThat(fay.cellsContaining("Quarterly vendor reviews").get(0))
                    .startsWith("Fay Lund (Finance) requested");

            fay.click("call-reassessment");
            fay.type("call-reassessment-reason", "The vendor doubled its prices");
            fay.click("call-reassessment-submit");
            fay.waitForCellContaining("Fay Lund (Finance) called for reassessment 1: The vendor doubled its prices");
            fay.waitFor(By.id("reassessment-give-view"));
            fay.waitUntilHidden(By.id("call-reassessment"));
            fay.screenshot("call-reassessment");

            // One open review policy change at a time: the ledger refuses a second, and the page says why.
            fay.click("review-policy");
            fay.click("review-policy-submit");
            fay.waitForPageText("There is already an open change of kind REVIEW_POLICY");
        }
    }

    @Test
    void aReplyToAnEstimateIsShownBeneathIt() throws Exception {
        Api api = new Api(http, json);
        Api.Answer proposed =
                api.propose("ida", "Replies " + UUID.randomUUID(), "100000.00", FiscalYears.forProposalsOnly());
        String id = proposed.text("id");
        assertThat(api.as("ivo").post("/api/projects/" + id + "/estimates", """
                        {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                         "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                         "low": {"amount": "70000.00", "currency": "EUR"},
                         "high": {"amount": "140000.00", "currency": "EUR"}, "assumptions": "Two integrators"}""").status())
                .isEqualTo(201);
        assertThat(api.as("ida")
                        .post("/api/projects/" + id + "/comments", "{\"text\": \"Sponsor confirmed\"}")
                        .status())
                .isEqualTo(201);

        try (Browser fay = new Browser("http://localhost:" + port)) {
            fay.signInAs("fay", "demo");
            fay.open("/projects/" + id);
            fay.waitForCellContaining("Sponsor confirmed");
            fay.clickFirst(By.cssSelector(
                    "vaadin-button[aria-label^='Reply to: Ivo Novak (IT) submitted estimate version 1']"));
            fay.waitForTextContaining("reply-to", "Ivo Novak (IT) submitted estimate version 1");
            fay.type("reply-text", "Is a contingency in the high figure?");
            fay.click("reply-submit");
            String reply = "Fay Lund (Finance) commented on estimate version 1: \u201cIs a contingency in the high"
                    + " figure?\u201d";
            fay.waitForCellContaining(reply);

            assertThat(fay.isReply("Is a contingency in the high figure?")).isTrue();
            int estimate = fay.topOfCellContaining("submitted estimate version 1");
            int answer = fay.topOfCellContaining("Is a contingency");
            int later = fay.topOfCellContaining("Sponsor confirmed");
            assertThat(answer)
                    .as("beneath the estimate, before the comment made after it")
                    .isGreaterThan(estimate)
                    .isLessThan(later);
            assertThat(fay.isShown(By.id("as-of-banner")))
                    .as("replying does not open the past")
                    .isFalse();
            fay.screenshot("reply-threaded");
        }
    }
}
