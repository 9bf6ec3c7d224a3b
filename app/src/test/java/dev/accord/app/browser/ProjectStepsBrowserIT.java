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

/** The steps of a project recorded from its page: estimate, ROI case with live figures, the four questions. */
@AccordIntegrationTest
class ProjectStepsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void itEstimatesMakesTheRoiCaseAndAnswersTheFourQuestions() throws Exception {
        Api api = new Api(http, json);
        String title = "Scanner fleet " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer proposed = api.propose("ida", title, "100000.00", FiscalYears.forProposalsOnly());
        String id = proposed.text("id");

        try (Browser ivo = new Browser("http://localhost:" + port)) {
            ivo.signInAs("ivo", "demo");
            ivo.open("/projects/" + id);
            ivo.click("record-estimate");
            ivo.type("estimate-one-time", "100000");
            ivo.type("estimate-recurring", "0");
            ivo.type("estimate-low", "120000");
            ivo.type("estimate-high", "90000");
            ivo.click("estimate-submit");
            assertThat(ivo.errorBeside("estimate-low"))
                    .isEqualTo("The low end of the range cannot be above the high end");
            ivo.type("estimate-low", "90000");
            ivo.type("estimate-high", "120000");
            ivo.click("estimate-submit");
            ivo.waitForCellContaining("Ivo Novak (IT) submitted estimate version 1");

            ivo.click("record-roi");
            ivo.chooseInComboBox("benefit-category-0", "Revenue");
            ivo.type("benefit-metric-0", "orders");
            ivo.type("benefit-amount-0", "50000");
            // 100,000 now, 50,000 a year for 5 years at 8 %: NPV 99,635.50, recomputed before anything is recorded
            ivo.waitForText("roi-preview", "NPV €99,635.50 · IRR 41 % · payback 2 years · ROI 150 %");
            ivo.screenshot("roi-case");
            ivo.click("roi-submit");
            ivo.waitForText("npv", "€99,635.50");

            ivo.click("record-assessment");
            for (int question = 0; question < 4; question++) {
                ivo.chooseRadio("rating-" + question, "4");
                ivo.type("rationale-" + question, "Reason " + question);
            }
            ivo.click("assessment-submit");
            ivo.waitForText("assessment", "Answered by IT only");
            ivo.waitForCellContaining("Ivo Novak (IT) answered the four questions (ratings 4, 4, 4, 4)");
            ivo.waitFor(By.id("timeline"));
        }
    }
}
