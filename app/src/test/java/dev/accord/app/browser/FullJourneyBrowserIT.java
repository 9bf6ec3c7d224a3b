package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journey, every step in the browser: IT proposes a project with the full form (sponsor, department, the
 * processes and objectives it serves); IT and Finance each submit an estimate; the ROI case is recorded; both sides
 * answer the four questions; Finance approves, then IT, and the project is active; IT records the first months'
 * actuals from a spreadsheet, and everyone sees them on the project's page.
 */
@AccordIntegrationTest
class FullJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void fromProposalToActualsFromASpreadsheet() throws Exception {
        String title = "Field service app " + UUID.randomUUID().toString().substring(0, 6);
        String base = "http://localhost:" + port;
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        try (Browser ida = new Browser(base);
                Browser ivo = new Browser(base);
                Browser fay = new Browser(base)) {
            // IT proposes with the full form: sponsor, department, the processes and objectives it serves.
            ida.signInAs("ida", "demo");
            ida.click("propose-project");
            ida.type("proposal-title", title);
            ida.type("proposal-amount", "120000");
            ida.type("proposal-sponsor", "Head of field service");
            ida.type("proposal-department", "Field service");
            ida.click("proposal-description");
            ida.type("proposal-description", "Technicians see their jobs, parts and manuals on a tablet.");
            ida.type("proposal-processes-input", "service dispatch");
            ida.click("proposal-processes-add");
            ida.type("proposal-company-objectives-input", "first-time fix rate above 90 %");
            ida.click("proposal-company-objectives-add");
            ida.type("proposal-it-objectives-input", "one mobile platform");
            ida.click("proposal-it-objectives-add");
            ida.waitForTextContaining("proposal-it-objectives-items", "one mobile platform");
            ida.click("proposal-submit");
            ida.waitForCell(title);

            // Both sides estimate the cost.
            ivo.signInAs("ivo", "demo");
            ivo.followLink(title);
            estimate(ivo, "100000", "8000", "90000", "125000");
            ivo.waitForCellContaining("Ivo Novak (IT) submitted estimate version 1");
            fay.signInAs("fay", "demo");
            fay.open("/");
            fay.followLink(title);
            estimate(fay, "110000", "9000", "95000", "140000");
            fay.waitForCellContaining("Fay Lund (Finance) submitted estimate version 2");

            // The ROI case, its figures computed before it is recorded.
            ivo.click("record-roi");
            ivo.chooseInComboBox("benefit-category-0", "Productivity");
            ivo.type("benefit-metric-0", "jobs per day");
            ivo.type("benefit-target-0", "+15 %");
            ivo.type("benefit-amount-0", "60000");
            ivo.waitForTextContaining("roi-preview", "NPV");
            ivo.click("roi-submit");
            ivo.waitForCellContaining("Ivo Novak (IT) recorded ROI case version 1 from estimate version 2");

            // Both sides answer the four questions.
            answerTheFourQuestions(ivo, "4");
            ivo.waitForText("assessment", "Answered by IT only");
            answerTheFourQuestions(fay, "3");
            fay.waitForCellContaining("Fay Lund (Finance) answered the four questions (ratings 3, 3, 3, 3)");

            // Finance approves, then IT; the budget takes effect.
            fay.open("/approvals");
            fay.clickOnCard("approval-card", title, "approve");
            fay.type("approval-comment", "The business case holds");
            fay.click("confirm-approval");
            ivo.open("/approvals");
            ivo.clickOnCard("approval-card", title, "approve");
            ivo.click("confirm-approval");
            ida.followLink(title);
            ida.waitForText("project-status", "Active");

            // IT records the first two months from a spreadsheet.
            Path sheet = Files.createTempFile("journey-actuals-", ".csv");
            Files.writeString(
                    sheet,
                    "Project,Month,Spend,jobs per day\n" + title + "," + lastMonth.minusMonths(1) + ",30000,\n" + title
                            + "," + lastMonth + ",25000.50,4000\n",
                    StandardCharsets.UTF_8);
            ivo.open("/");
            ivo.click("open-actuals-import");
            ivo.upload("actuals-upload", sheet);
            ivo.waitForText("import-summary", "2 rows, every one ready to record.");
            ivo.waitForCellContaining("Ready");
            ivo.click("import-actuals");
            ivo.waitForText("import-summary", "2 months of actuals recorded.");

            fay.open("/");
            fay.followLink(title);
            fay.waitForCellContaining("Ivo Novak (IT) recorded actuals for " + lastMonth);
            fay.waitFor(By.id("plan-versus-actual"));
            assertThat(fay.textOf("project-department")).isEqualTo("Field service");
            assertThat(fay.textOf("project-processes")).isEqualTo("service dispatch");
            fay.screenshot("journey-actuals");
            assertThat(fay.cellsContaining("recorded actuals for")).hasSize(2);
        }
    }

    private static void estimate(Browser person, String oneTime, String recurring, String low, String high) {
        person.click("record-estimate");
        person.type("estimate-one-time", oneTime);
        person.type("estimate-recurring", recurring);
        person.type("estimate-low", low);
        person.type("estimate-high", high);
        person.click("estimate-submit");
    }

    private static void answerTheFourQuestions(Browser person, String rating) {
        person.click("record-assessment");
        for (int question = 0; question < 4; question++) {
            person.chooseRadio("rating-" + question, rating);
            person.type("rationale-" + question, "Reason " + question);
        }
        person.click("assessment-submit");
    }
}
