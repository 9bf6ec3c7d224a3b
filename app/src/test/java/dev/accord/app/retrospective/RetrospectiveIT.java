package dev.accord.app.retrospective;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The retrospective of a history scripted through the API as the people who would act, checked against figures
 * worked out by hand: plan against actual, lead times, counts with their reasons, and who took part.
 */
@AccordIntegrationTest
class RetrospectiveIT {

    private static final String REJECTION = "The vendor's price rise is not contracted yet";
    private static final String REVISION = "Integrator and data cleansing";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    Api api;
    int year;
    String id;
    String title;
    final YearMonth first = YearMonth.now().minusMonths(3);

    @BeforeEach
    void aScriptedHistory() {
        api = new Api(http, json);
        year = FiscalYears.unused();
        title = "Pilot " + UUID.randomUUID().toString().substring(0, 8);
        String budget = api.as("fay")
                .post("/api/portfolio/" + year + "/budget", "{" + money("budget", "500000.00") + "}")
                .text("changeId");
        api.as("finn").post("/api/portfolio/" + year + "/budget/" + budget + "/approvals", "{\"version\": 1}");
        api.as("ida").post("/api/portfolio/" + year + "/budget/" + budget + "/approvals", "{\"version\": 1}");

        Answer proposed = api.propose("ida", title, "100000.00", year);
        id = proposed.text("id");
        approve(proposed.text("changeId"), 1, "fay", "ivo");
        ok(api.as("ivo").post(path("/estimates"), """
                {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "120000.00", "currency": "EUR"}}"""));
        ok(api.as("ida").post(path("/roi"), """
                {"benefits": [
                  {"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %",
                   "yearlyAmount": {"amount": "24000.00", "currency": "EUR"}},
                  {"category": "PRODUCTIVITY", "metric": "close days", "target": "3 days faster",
                   "yearlyAmount": {"amount": "12000.00", "currency": "EUR"}}]}"""));

        // A budget change, revised once before both sides approve its second version
        String raise = api.as("ida")
                .post(
                        path("/changes"),
                        "{\"kind\": \"BUDGET\", " + money("budget", "120000.00")
                                + ", \"rationale\": \"Extra integrator\"}")
                .text("changeId");
        ok(api.as("ida")
                .put(
                        path("/changes/" + raise),
                        "{" + money("budget", "130000.00") + ", \"rationale\": \"" + REVISION + "\"}"));
        approve(raise, 2, "fay", "ivo");
        // A timeline that takes effect, and a budget change Finance rejects with a reason
        String timeline = api.as("ida").post(path("/changes"), """
                {"kind": "TIMELINE", "targetDate": "2027-03-31", "rationale": "Cut-over after year end"}""").text("changeId");
        approve(timeline, 1, "finn", "ivo");
        String rejected = api.as("ivo")
                .post(
                        path("/changes"),
                        "{\"kind\": \"BUDGET\", " + money("budget", "150000.00")
                                + ", \"rationale\": \"Vendor price rise\"}")
                .text("changeId");
        ok(api.as("finn").post(path("/changes/" + rejected + "/rejections"), "{\"reason\": \"" + REJECTION + "\"}"));

        // Three months of actuals; the second is recorded again, which corrects it
        actuals(first, "30000.00", "1500.00", null);
        actuals(first.plusMonths(1), "40000.00", "2000.00", "1000.00");
        actuals(first.plusMonths(2), "25000.00", "2000.00", "1000.00");
        actuals(first.plusMonths(1), "42000.00", "2000.00", "1000.00");

        String reassessment = api.as("ida")
                .post(path("/reassessments"), "{\"reason\": \"Halfway review\"}")
                .text("reassessmentId");
        ok(api.as("ivo").post(path("/reassessments/" + reassessment + "/views"), view()));
        ok(api.as("fay").post(path("/reassessments/" + reassessment + "/views"), view()));
        String conclusion = api.as("fay")
                .post(path("/reassessments/" + reassessment + "/conclusion"), """
                {"outcome": "CONTINUE", "rationale": "On track after the correction"}""")
                .text("changeId");
        approve(conclusion, 1, "finn", "ivo");
        ok(api.as("fay").post(path("/comments"), "{\"text\": \"Well run\"}"));
    }

    @Test
    void theProjectsPlanAgainstActualMatchesTheFiguresWorkedOutByHand() {
        JsonNode report = api.as("vic").get(path("/retrospective")).body();

        assertThat(report.get("title").asText()).isEqualTo(title);
        JsonNode cost = report.get("cost");
        assertThat(amount(cost, "requestedBudget")).isEqualTo("100000.00");
        assertThat(amount(cost, "firstApprovedBudget")).isEqualTo("100000.00");
        assertThat(amount(cost, "approvedBudget")).isEqualTo("130000.00");
        // 30,000 + 42,000 (the correction replaces 40,000) + 25,000
        assertThat(amount(cost, "spendToDate")).isEqualTo("97000.00");
        assertThat(amount(cost, "variance")).isEqualTo("-33000.00");
        assertThat(cost.get("usedPercent").decimalValue()).isEqualByComparingTo("74.6"); // 97,000 / 130,000

        JsonNode benefits = report.get("benefits");
        assertThat(amount(benefits, "expectedYearly")).isEqualTo("36000.00");
        assertThat(amount(benefits, "expectedToDate")).isEqualTo("9000.00"); // 36,000 x 3 / 12
        assertThat(amount(benefits, "realisedToDate")).isEqualTo("7500.00"); // 1,500 + 3,000 + 3,000
        assertThat(benefits.get("realisedPercent").decimalValue()).isEqualByComparingTo("83.3");
        assertThat(benefits.get("metrics").get(0).get("metric").asText()).isEqualTo("licence cost");
        assertThat(amount(benefits.get("metrics").get(0), "realisedToDate")).isEqualTo("5500.00");
        assertThat(amount(benefits.get("metrics").get(1), "realisedToDate")).isEqualTo("2000.00");

        JsonNode schedule = report.get("schedule");
        assertThat(schedule.get("plannedEnd").asText()).isEqualTo("2027-03-31");
        assertThat(schedule.get("firstActualsPeriod").asText()).isEqualTo(first.toString());
        assertThat(schedule.get("lastActualsPeriod").asText())
                .isEqualTo(first.plusMonths(2).toString());
        assertThat(schedule.get("monthsWithActuals").asInt()).isEqualTo(3);
        assertThat(schedule.get("closedAt").isNull()).isTrue();

        JsonNode months = report.get("months");
        assertThat(months).hasSize(3);
        assertThat(amount(months.get(1), "spend")).as("the corrected month").isEqualTo("42000.00");
        assertThat(amount(months.get(1), "spendToDate")).isEqualTo("72000.00");
        assertThat(amount(months.get(1), "budgetInForce")).isEqualTo("130000.00");
        assertThat(amount(months.get(1), "benefitsExpectedToDate")).isEqualTo("6000.00");
    }

    @Test
    void leadTimesCountsReasonsAndParticipantsComeFromTheRecordedHistory() {
        JsonNode report = api.as("vic").get(path("/retrospective")).body();

        JsonNode counts = report.get("counts");
        // The reassessment's conclusion is a change of its own, approved by both sides
        assertThat(counts.get("changesRequested").asInt()).isEqualTo(5);
        assertThat(counts.get("tookEffect").asInt()).isEqualTo(4);
        assertThat(counts.get("revisions").asInt()).isEqualTo(1);
        assertThat(counts.get("rejections").asInt()).isEqualTo(1);
        assertThat(counts.get("withdrawals").asInt()).isZero();
        assertThat(counts.get("reassessments").asInt()).isEqualTo(1);
        assertThat(counts.get("reassessmentsConcluded").asInt()).isEqualTo(1);
        assertThat(counts.get("approvalsGiven").asInt()).isEqualTo(8);
        assertThat(counts.get("comments").asInt()).isEqualTo(1);

        JsonNode decisions = report.get("decisions");
        assertThat(decisions.findValuesAsText("subject"))
                .containsExactly("Initial budget", "Budget", "Timeline", "Budget", "Conclusion", "Reassessment 1");
        assertThat(decisions.findValuesAsText("outcome"))
                .containsExactly("TOOK_EFFECT", "TOOK_EFFECT", "TOOK_EFFECT", "REJECTED", "TOOK_EFFECT", "CONTINUE");
        assertThat(decisions.get(1).get("versions").asInt()).isEqualTo(2);
        assertThat(decisions.get(3).get("reason").asText()).isEqualTo(REJECTION);
        // Lead times are the recorded instants apart, as the timeline shows them
        Instant proposedAt = timelineAt("ProjectProposed", 0);
        assertThat(Duration.parse(decisions.get(3).get("sinceProposal").asText()))
                .isCloseTo(Duration.between(proposedAt, timelineAt("ChangeRejected", 0)), Duration.ofMillis(1));
        assertThat(Duration.parse(decisions.get(5).get("sinceProposal").asText()))
                .isCloseTo(Duration.between(proposedAt, timelineAt("ReassessmentConcluded", 0)), Duration.ofMillis(1));
        assertThat(Duration.parse(decisions.get(5).get("sinceOpened").asText()))
                .isCloseTo(
                        Duration.between(timelineAt("ReassessmentFellDue", 0), timelineAt("ReassessmentConcluded", 0)),
                        Duration.ofMillis(1));

        assertThat(report.get("reasons").findValuesAsText("text"))
                .contains(REVISION, REJECTION, "Halfway review", "On track after the correction");

        JsonNode people = report.get("participants");
        assertThat(people.findValuesAsText("userId")).containsExactlyInAnyOrder("fay", "finn", "ida", "ivo");
        assertThat(people.get(0).get("side").asText()).as("Finance first").isEqualTo("FINANCE");
        JsonNode finn = person(people, "finn");
        assertThat(finn.get("contributions").get("APPROVED").asInt()).isEqualTo(2);
        assertThat(finn.get("contributions").get("REJECTED").asInt()).isEqualTo(1);
        JsonNode ivo = person(people, "ivo");
        assertThat(ivo.get("side").asText()).isEqualTo("IT");
        assertThat(ivo.get("contributions").get("APPROVED").asInt()).isEqualTo(4);
        assertThat(ivo.get("contributions").get("RECORDED_ACTUALS").asInt()).isEqualTo(4);
        JsonNode ida = person(people, "ida");
        assertThat(ida.get("contributions").get("PROPOSED").asInt()).isEqualTo(1);
        assertThat(ida.get("contributions").get("REVISED_CHANGE").asInt()).isEqualTo(1);
        assertThat(ida.get("contributions").get("CALLED_REASSESSMENT").asInt()).isEqualTo(1);
        assertThat(person(people, "fay")
                        .get("contributions")
                        .get("CONCLUDED_REASSESSMENT")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theYearAddsUpItsProjects() {
        JsonNode report =
                api.as("vic").get("/api/portfolio/" + year + "/retrospective").body();

        assertThat(amount(report, "budget")).isEqualTo("500000.00");
        assertThat(amount(report, "allocated")).isEqualTo("130000.00");
        assertThat(amount(report, "spendToDate")).isEqualTo("97000.00");
        assertThat(amount(report, "benefitsExpectedYearly")).isEqualTo("36000.00");
        assertThat(amount(report, "benefitsRealisedToDate")).isEqualTo("7500.00");
        assertThat(report.get("projects")).hasSize(1);
        JsonNode line = report.get("projects").get(0);
        assertThat(line.get("title").asText()).isEqualTo(title);
        assertThat(line.get("plannedEnd").asText()).isEqualTo("2027-03-31");
        assertThat(line.get("counts").get("rejections").asInt()).isEqualTo(1);
        assertThat(report.get("counts").get("revisions").asInt()).isEqualTo(1);
        assertThat(report.get("months")).hasSize(3);
        assertThat(amount(report.get("months").get(2), "spendToDate")).isEqualTo("97000.00");
        assertThat(report.get("participants")).hasSize(4);
    }

    @Test
    void theCsvCarriesTheSameFigures() throws IOException {
        ResponseEntity<byte[]> file = download(path("/retrospective.csv"));
        assertThat(file.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(file.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("accord-retrospective-project-" + id + ".csv");

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(file.getBody(), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(value(rows, "cost", "", "approved budget")).isEqualTo("130000.00");
        assertThat(value(rows, "cost", "", "spend to date")).isEqualTo("97000.00");
        assertThat(value(rows, "benefits", "", "realised to date")).isEqualTo("7500.00");
        assertThat(value(rows, "month", first.plusMonths(1).toString(), "spend"))
                .isEqualTo("42000.00");
        assertThat(value(rows, "schedule", "", "planned end")).isEqualTo("2027-03-31");
        assertThat(value(rows, "counts", "", "rejections")).isEqualTo("1");
        assertThat(value(rows, "counts", "", "reassessments")).isEqualTo("1");
        assertThat(rows)
                .anyMatch(row ->
                        row.get("section").equals("reason") && row.get("value").equals(REJECTION));
        assertThat(rows)
                .anyMatch(row -> row.get("section").equals("participant")
                        && row.get("item").equals("Finn Moller (finn)")
                        && row.get("measure").equals("rejected")
                        && row.get("value").equals("1"));

        List<CSVRecord> yearRows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(
                        download("/api/portfolio/" + year + "/retrospective.csv")
                                .getBody(),
                        StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(value(yearRows, "year", String.valueOf(year), "IT budget")).isEqualTo("500000.00");
        assertThat(value(yearRows, "project", title, "spend to date")).isEqualTo("97000.00");
    }

    @Test
    void textsThatLookLikeFormulasAreShownNotRunWhileNumbersStayNumbers() throws IOException {
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        Answer proposed = api.as("ida")
                .post(
                        "/api/projects",
                        json.createObjectNode()
                                .put("title", formula)
                                .put("fiscalYear", year)
                                .set(
                                        "requestedBudget",
                                        json.createObjectNode()
                                                .put("amount", "1000.00")
                                                .put("currency", "EUR"))
                                .toString());
        assertThat(proposed.status()).isEqualTo(201);

        List<CSVRecord> rows = csv(download("/api/projects/" + proposed.text("id") + "/retrospective.csv"));
        assertThat(value(rows, "project", "'" + formula, "status")).isEqualTo("PROPOSED");
        assertThat(rows).noneMatch(row -> row.get("item").startsWith("="));
        assertThat(value(csv(download(path("/retrospective.csv"))), "cost", "", "variance"))
                .as("under budget: a negative number, still a number")
                .isEqualTo("-33000.00");
        assertThat(csv(download(path("/retrospective.csv"))))
                .anyMatch(row -> row.get("section").equals("benefit metric")
                        && row.get("value").equals("'-40 %"));
        List<CSVRecord> yearRows = csv(download("/api/portfolio/" + year + "/retrospective.csv"));
        assertThat(yearRows).anyMatch(row -> row.get("item").equals("'" + formula));
        assertThat(yearRows).noneMatch(row -> row.get("item").startsWith("="));
    }

    private static List<CSVRecord> csv(ResponseEntity<byte[]> file) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(file.getBody(), StandardCharsets.UTF_8)))
                .getRecords();
    }

    @Test
    void thePdfIsAReportWithTheFiguresAndTheChart() throws IOException {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("charts are drawn without a display")
                .isTrue();
        ResponseEntity<byte[]> file = download(path("/retrospective.pdf"));
        assertThat(file.getHeaders().getContentType().toString()).isEqualTo("application/pdf");

        try (PDDocument pdf = Loader.loadPDF(file.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Retrospective: " + title,
                            "Fiscal year " + year,
                            "Generated ",
                            "EUR 130,000.00",
                            "EUR 97,000.00",
                            "EUR 7,500.00",
                            "2027-03-31",
                            REJECTION,
                            "Finn Moller",
                            "Who took part");
            assertThat(images(pdf)).as("the spend chart").isPositive();
        }
        try (PDDocument pdf = Loader.loadPDF(
                download("/api/portfolio/" + year + "/retrospective.pdf").getBody())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Retrospective: fiscal year " + year, "EUR 500,000.00", title);
            assertThat(images(pdf)).isPositive();
        }
    }

    @Test
    void unknownProjectsAreNotFoundAndBadYearsAreNamed() {
        Answer unknown = api.as("vic").get("/api/projects/" + UUID.randomUUID() + "/retrospective");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(download("/api/projects/" + UUID.randomUUID() + "/retrospective.pdf")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(api.as("vic").get("/api/projects/not-an-id/retrospective").text("field"))
                .isEqualTo("id");
        Answer badYear = api.as("vic").get("/api/portfolio/1800/retrospective.csv");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.text("field")).isEqualTo("fiscalYear");
        assertThat(http.getForEntity(path("/retrospective"), String.class)
                        .getStatusCode()
                        .value())
                .as("signed in only")
                .isEqualTo(401);
    }

    private void approve(String change, int version, String finance, String it) {
        ok(api.as(finance).post(path("/changes/" + change + "/approvals"), "{\"version\": " + version + "}"));
        ok(api.as(it).post(path("/changes/" + change + "/approvals"), "{\"version\": " + version + "}"));
    }

    private void actuals(YearMonth period, String spend, String licence, String closeDays) {
        String benefits = "{\"metric\": \"licence cost\", \"amount\": {\"amount\": \"" + licence
                + "\", \"currency\": \"EUR\"}}"
                + (closeDays == null
                        ? ""
                        : ", {\"metric\": \"close days\", " + "\"amount\": {\"amount\": \"" + closeDays
                                + "\", \"currency\": \"EUR\"}}");
        ok(api.as("ivo")
                .post(
                        path("/actuals"),
                        "{\"period\": \"" + period + "\", " + money("spend", spend) + ", \"benefits\": [" + benefits
                                + "]}"));
    }

    private static String view() {
        return """
                {"view": "Spend is under the budget, benefits a little behind", "recommendation": "CONTINUE",
                 "answers": [
                  {"question": "CLEAR_ROI", "rating": 4, "rationale": "Savings are contracted"},
                  {"question": "PROCESS_DELIVERY", "rating": 4, "rationale": "Monthly close"},
                  {"question": "LONG_TERM_OBJECTIVES", "rating": 3, "rationale": "Both roadmaps"},
                  {"question": "COMPETITIVE_ADVANTAGE", "rating": 3, "rationale": "Faster decisions"}]}""";
    }

    private static String money(String field, String amount) {
        return "\"" + field + "\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}";
    }

    private static void ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isBetween(200, 299);
    }

    private String path(String step) {
        return "/api/projects/" + id + step;
    }

    private Instant timelineAt(String type, int occurrence) {
        int seen = 0;
        for (JsonNode entry : api.as("vic").get(path("/timeline")).body()) {
            if (entry.get("type").asText().equals(type) && seen++ == occurrence) {
                return Instant.parse(entry.get("at").asText());
            }
        }
        throw new AssertionError("No " + type + " in the timeline");
    }

    private ResponseEntity<byte[]> download(String path) {
        return http.withBasicAuth("vic", "demo").getForEntity(path, byte[].class);
    }

    private static String amount(JsonNode node, String field) {
        return node.get(field).get("amount").asText();
    }

    private static JsonNode person(JsonNode people, String userId) {
        for (JsonNode person : people) {
            if (person.get("userId").asText().equals(userId)) {
                return person;
            }
        }
        throw new AssertionError("No participant " + userId);
    }

    private static String value(List<CSVRecord> rows, String section, String item, String measure) {
        return rows.stream()
                .filter(row -> row.get("section").equals(section)
                        && row.get("item").equals(item)
                        && row.get("measure").equals(measure))
                .map(row -> row.get("value"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + section + "/" + item + "/" + measure));
    }

    private static int images(PDDocument pdf) throws IOException {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
