package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.integrity.Checkpoints;
import dev.accord.app.integrity.HistoryVerification;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.integrity.api.IntegrityStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Provable history in a real browser: the layout's badge says up to which event the history is verified and follows
 * new verifications by itself; a timeline step's proof verifies against the signed checkpoint; a decision's context
 * names the checkpoint that covers its approval.
 */
@AccordIntegrationTest
class ProvableHistoryBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    HistoryVerification verification;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void theBadgeSaysTheHistoryIsVerifiedAndAStepsProofVerifiesAgainstTheSignedCheckpoint() throws Exception {
        Api api = new Api(http, json);
        String title = "Signed screens " + UUID.randomUUID().toString().substring(0, 8);
        Answer proposed = api.propose("ida", title, "40000.00", FiscalYears.withoutBudget());
        String projectId = proposed.text("id");
        for (String approver : new String[] {"fay", "ivo"}) {
            assertThat(api.as(approver)
                            .post(
                                    "/api/projects/" + projectId + "/changes/" + proposed.text("changeId")
                                            + "/approvals",
                                    "{\"version\": 1}")
                            .status())
                    .isEqualTo(200);
        }
        long verified = signAndVerify();

        try (Browser finn = new Browser("http://localhost:" + port)) {
            finn.signInAs("finn", "demo");
            finn.waitForTextContaining("integrity-badge", "Verified: events 1\u2013" + verified + " at checkpoint");

            api.as("ida").post("/api/projects/" + projectId + "/comments", "{\"text\": \"Signed and sealed\"}");
            long verifiedLater = signAndVerify();
            assertThat(verifiedLater).isGreaterThan(verified);
            finn.waitForTextContaining("integrity-badge", "Verified: events 1\u2013" + verifiedLater + " at ");

            finn.open("/projects/" + projectId);
            finn.waitForCellContaining(title);
            finn.scrollIntoView("timeline");
            finn.screenshot("integrity-badge");
            finn.clickFirst(By.cssSelector("vaadin-button.timeline-proof"));
            finn.waitForTextContaining("proof-verdict", "Verified against checkpoint ");
            assertThat(finn.waitFor(By.id("proof-verdict")).getText())
                    .endsWith("signed by " + checkpoints.verifierKey().name());
            assertThat(finn.waitFor(By.id("proof-leaf-index")).getText()).matches("\\d+");
            assertThat(finn.waitFor(By.id("proof-audit-path")).getText()).isNotBlank();
            finn.screenshot("provable-history");
            finn.click("proof-dialog-close");

            finn.clickFirst(By.cssSelector("vaadin-button.decision-context"));
            finn.waitFor(By.id("decision-summary"));
            assertThat(finn.waitFor(By.cssSelector("#decision-change .checkpoint-coverage"))
                            .getText())
                    .startsWith("covered by checkpoint ");
            finn.click("decision-context-close");

            finn.click("integrity-badge");
            assertThat(finn.waitFor(By.id("integrity-verifier-key")).getText())
                    .isEqualTo(checkpoints.verifierKey().toString());
            assertThat(finn.waitFor(By.id("integrity-checkpoint-note")).getText())
                    .startsWith(checkpoints.verifierKey().name() + "\n");
        }
    }

    /** Signs the tree as it is and verifies the whole history up to it; returns how many events were verified. */
    private long signAndVerify() {
        long signed = checkpoints.signNow().orElseThrow().treeSize();
        verification.start();
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            IntegrityStatus status = verification.status();
            if (status.state() != IntegrityStatus.State.RUNNING && status.verifiedEvents() < signed) {
                verification.start(); // the run going on when asked began before the newest events
            }
            assertThat(status.state()).as(status.toString()).isEqualTo(IntegrityStatus.State.VERIFIED);
            assertThat(status.verifiedEvents()).as(status.toString()).isGreaterThanOrEqualTo(signed);
        });
        return verification.status().verifiedEvents();
    }
}
