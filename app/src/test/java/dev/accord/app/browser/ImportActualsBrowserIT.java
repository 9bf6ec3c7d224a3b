package dev.accord.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuals from a spreadsheet in the browser: a file with a bad row is previewed with the row's problem and cannot be
 * imported; the corrected file is imported and the project shows the months.
 */
@AccordIntegrationTest
class ImportActualsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void aFileIsPreviewedWithEachRowsProblemsAndImportedOnceEveryRowIsRight() throws Exception {
        Api api = new Api(http, json);
        String title = "Shop-floor tablets " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer proposed = api.propose("ida", title, "90000.00", FiscalYears.withoutBudget());
        String id = proposed.text("id");
        String change = proposed.text("changeId");
        api.as("fay").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        api.as("ivo").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        YearMonth nextMonth = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
        Path withABadRow = Files.createTempFile("actuals-", ".csv");
        Files.writeString(
                withABadRow,
                "Project,Month,Spend\n" + title + "," + lastMonth.minusMonths(1) + ",4000\n" + title + "," + nextMonth
                        + ",2500\n",
                StandardCharsets.UTF_8);
        Path corrected = Files.createTempFile("actuals-", ".csv");
        Files.writeString(
                corrected,
                "Project,Month,Spend\n" + title + "," + lastMonth.minusMonths(1) + ",4000\n" + title + "," + lastMonth
                        + ",2500\n",
                StandardCharsets.UTF_8);

        try (Browser ivo = new Browser("http://localhost:" + port)) {
            ivo.signInAs("ivo", "demo");
            ivo.click("open-actuals-import");
            ivo.upload("actuals-upload", withABadRow);
            ivo.waitForCellContaining("Month: Actuals cannot be recorded for a future month");
            ivo.waitForText(
                    "import-summary",
                    "1 of 2 rows have problems. Correct the file and upload it again: nothing is recorded until "
                            + "every row can be.");
            assertThat(ivo.isEnabled("import-actuals")).isFalse();
            ivo.screenshot("import-preview");

            ivo.upload("actuals-upload", corrected);
            ivo.waitForText("import-summary", "2 rows, every one ready to record.");
            ivo.click("import-actuals");
            ivo.waitForText("import-summary", "2 months of actuals recorded.");

            ivo.open("/projects/" + id);
            ivo.waitForCellContaining("Ivo Novak (IT) recorded actuals for " + lastMonth);
            ivo.waitFor(org.openqa.selenium.By.id("plan-versus-actual"));
        }
    }
}
