package dev.accord.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.MonthlySpend;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Estimates, ROI case, assessment, actuals, reassessments and comments through the API, read back from the read models. */
@AccordIntegrationTest
class ProjectStepsApiIT {

    private static final String ANSWERS_IT = answers(4, 4, 3, 2);
    private static final String ANSWERS_FINANCE = answers(4, 2, 3, 4);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    QueryGateway queries;

    Api api;
    String id;
    int year;

    @BeforeEach
    void anActiveProject() {
        api = new Api(http, json);
        year = FiscalYears.unused();
        Answer proposed = api.as("ida").post("/api/projects", """
                {"title": "Data-warehouse migration %s", "description": "Columnar storage", "sponsor": "CFO",
                 "processesImproved": ["monthly close"], "companyObjectives": ["faster reporting"],
                 "itObjectives": ["retire the old warehouse"],
                 "requestedBudget": {"amount": "100000.00", "currency": "EUR"}, "fiscalYear": %d}""".formatted(UUID.randomUUID(), year));
        id = proposed.text("id");
        String change = proposed.text("changeId");
        api.as("fay").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        api.as("ivo").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
    }

    @Test
    void estimatesAreVersionedAndTheRoiCaseIsComputedFromTheLatest() {
        assertThat(api.as("ivo")
                        .post(path("/estimates"), estimate("80000.00", "5000.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("fay")
                        .post(path("/estimates"), estimate("90000.00", "6000.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ivo").post(path("/estimates"), """
                {"oneTimeCost": {"amount": "1", "currency": "EUR"}, "recurringYearlyCost": {"amount": "0", "currency": "EUR"},
                 "horizonYears": 5, "low": {"amount": "9", "currency": "EUR"}, "high": {"amount": "2", "currency": "EUR"}}""").text("field")).isEqualTo("low");

        Answer roi = api.as("ida").post(path("/roi"), """
                {"benefits": [{"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %",
                               "yearlyAmount": {"amount": "45000.00", "currency": "EUR"}}]}""");
        assertThat(roi.status()).isEqualTo(201);
        assertThat(api.as("ida").post(path("/roi"), "{\"benefits\": []}").text("field"))
                .isEqualTo("benefits");

        JsonNode detail = api.as("vic").get("/api/projects/" + id).body();
        assertThat(detail.get("sponsor").asText()).isEqualTo("CFO");
        assertThat(detail.get("processesImproved").get(0).asText()).isEqualTo("monthly close");
        assertThat(detail.get("estimates")).hasSize(2);
        assertThat(detail.get("estimates").get(1).get("side").asText()).isEqualTo("FINANCE");
        JsonNode roiCase = detail.get("roiCase");
        assertThat(roiCase.get("estimateVersion").asInt()).isEqualTo(2);
        assertThat(roiCase.get("discountRatePercent").decimalValue()).isEqualByComparingTo("8");
        // 90,000 now, then 39,000 a year for 5 years at 8 %: NPV = 39,000 × 3.99271 − 90,000 = 65,715.69
        assertThat(roiCase.get("figures").get("npv").decimalValue()).isEqualByComparingTo("65715.69");
    }

    @Test
    void bothSidesAnswerTheFourQuestionsAndDisagreementsAreNamed() {
        assertThat(api.as("ida").post(path("/assessments"), answers(9, 1, 1, 1)).text("field"))
                .isEqualTo("answers[0].rating");
        assertThat(api.as("ivo").post(path("/assessments"), ANSWERS_IT).status())
                .isEqualTo(201);
        assertThat(api.as("finn").post(path("/assessments"), ANSWERS_FINANCE).status())
                .isEqualTo(201);
        assertThat(api.as("fay").post(path("/assessments"), ANSWERS_FINANCE).status())
                .as("already complete")
                .isEqualTo(409);

        JsonNode answers = api.as("vic").get("/api/projects/" + id).body().get("assessment");
        assertThat(answers).hasSize(8);
        assertThat(timelineTypes()).contains("AssessmentAnswered", "AssessmentCompleted");
        assertThat(timelineSummaries())
                .anyMatch(s -> s.contains("they disagree on") && s.contains("sustaining competitive advantage"));
    }

    @Test
    void actualsOverTheBudgetRaiseAReassessmentThatEndsInABudgetChange() {
        String month = YearMonth.now().minusMonths(1).toString();
        assertThat(api.as("ivo")
                        .post(path("/actuals"), actuals(month, "60000.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ivo")
                        .post(path("/actuals"), actuals("2026-13", "1.00"))
                        .text("field"))
                .isEqualTo("period");
        assertThat(api.as("ivo")
                        .post(
                                path("/actuals"),
                                actuals(YearMonth.now().plusMonths(2).toString(), "1.00"))
                        .text("field"))
                .isEqualTo("period");
        String later = YearMonth.now().toString();
        assertThat(api.as("ivo")
                        .post(path("/actuals"), actuals(later, "55000.00"))
                        .status())
                .isEqualTo(201);

        JsonNode detail = api.as("vic").get("/api/projects/" + id).body();
        assertThat(detail.get("spendToDate").get("amount").asText()).isEqualTo("115000.00");
        String reassessment = detail.get("openReassessmentId").asText();
        assertThat(detail.get("openReassessmentReason").asText()).contains("over the approved budget");
        assertThat(timelineTypes()).contains("ReassessmentFellDue");

        assertThat(api.as("ida")
                        .post(path("/reassessments"), "{\"reason\": \"again\"}")
                        .status())
                .as("one at a time")
                .isEqualTo(409);
        assertThat(api.as("ivo")
                        .post(path("/reassessments/" + reassessment + "/views"), view("ADJUST"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ida")
                        .post(path("/reassessments/" + reassessment + "/conclusion"), conclusion())
                        .status())
                .as("Finance has not given its view")
                .isEqualTo(409);
        assertThat(api.as("fay")
                        .post(path("/reassessments/" + reassessment + "/views"), view("ADJUST"))
                        .status())
                .isEqualTo(201);
        Answer concluded = api.as("fay").post(path("/reassessments/" + reassessment + "/conclusion"), conclusion());
        assertThat(concluded.status()).as("proposed, not concluded").isEqualTo(202);
        String conclusion = concluded.text("changeId");
        assertThat(concluded.headers().getLocation()).hasToString(path("/changes/" + conclusion));
        String followUp = concluded.text("followUpChangeId");
        assertThat(api.as("vic")
                        .get(path("/changes/" + conclusion))
                        .body()
                        .get("conclusion")
                        .get("outcome")
                        .asText())
                .isEqualTo("ADJUST");
        assertThat(api.as("vic")
                        .get("/api/projects/" + id)
                        .body()
                        .get("openReassessmentId")
                        .asText())
                .as("still open until both sides approve")
                .isEqualTo(reassessment);
        assertThat(api.as("fay")
                        .post(path("/changes/" + conclusion + "/approvals"), "{\"version\": 1}")
                        .status())
                .as("the proposer cannot approve")
                .isEqualTo(403);
        assertThat(api.as("ida")
                        .post(path("/changes/" + conclusion + "/approvals"), "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
        assertThat(api.as("finn")
                        .post(path("/changes/" + conclusion + "/approvals"), "{\"version\": 1}")
                        .text("tookEffect"))
                .isEqualTo("true");

        JsonNode open = api.as("vic").get("/api/projects/" + id).body().get("openChanges");
        assertThat(open.findValuesAsText("changeId")).containsExactly(followUp);
        assertThat(open.get(0).get("kind").asText()).isEqualTo("BUDGET");
        assertThat(open.get(0).get("budget").get("amount").asText()).isEqualTo("125000.00");
    }

    @Test
    void commentsJoinTheConversationOnTheStepTheyDiscuss() {
        String change = api.as("ida").post(path("/changes"), """
                {"kind": "TIMELINE", "targetDate": "2027-06-30", "rationale": "Vendor delay"}""").text("changeId");
        Answer comment = api.as("fay").post(path("/comments"), """
                {"subject": {"kind": "CHANGE", "id": "%s"}, "text": "Does the delay cost us anything?"}""".formatted(change));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(api.as("fay")
                        .post(path("/comments"), "{\"text\": \"On the project\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.as("fay")
                        .post(path("/comments"), """
                {"subject": {"kind": "CHANGE", "id": "%s"}, "text": "?"}""".formatted(UUID.randomUUID()))
                        .text("field"))
                .as("a subject the project does not have is bad input")
                .isEqualTo("subject.id");
        assertThat(api.as("fay").post(path("/comments"), "{\"text\": \"\"}").text("field"))
                .isEqualTo("text");
        assertThat(api.as("vic")
                        .post(path("/comments"), "{\"text\": \"hello\"}")
                        .status())
                .isEqualTo(403);

        JsonNode timeline =
                api.as("vic").get("/api/projects/" + id + "/timeline").body();
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("CommentAdded");
        JsonNode onChange = timeline.get(timeline.size() - 2);
        assertThat(onChange.get("changeId").asText()).isEqualTo(change);
        assertThat(onChange.get("summary").asText()).contains("Fay Lund (Finance) commented on the change");
    }

    @Test
    void theReviewPolicyIsSetPerProjectOnceBothSidesApprove() {
        Answer proposed = api.as("ida").put(path("/review-policy"), """
                {"reviewIntervalMonths": 3, "spendOverrunPercent": 5, "benefitShortfallPercent": 20,
                 "rationale": "Quarterly while the vendor is new"}""");
        assertThat(proposed.status()).isEqualTo(202);
        String change = proposed.text("changeId");
        assertThat(proposed.headers().getLocation()).hasToString(path("/changes/" + change));
        assertThat(reviewIntervalMonths()).as("not yet: one member alone").isEqualTo(6);

        JsonNode pending = api.as("fay").get("/api/approvals/pending").body();
        assertThat(pending.findValuesAsText("changeId")).contains(change);
        assertThat(pending.findValuesAsText("proposal")).anyMatch(text -> text.startsWith("review every 3 months"));
        assertThat(api.as("ivo").get("/api/approvals/pending").body().findValuesAsText("changeId"))
                .contains(change);
        assertThat(api.as("ida").get("/api/approvals/pending").body().findValuesAsText("changeId"))
                .as("not the proposer's to approve")
                .doesNotContain(change);
        JsonNode asChange = api.as("vic").get(path("/changes/" + change)).body();
        assertThat(asChange.get("kind").asText()).isEqualTo("REVIEW_POLICY");
        assertThat(asChange.get("reviewPolicy").get("reviewIntervalMonths").asInt())
                .isEqualTo(3);

        assertThat(api.as("ida").put(path("/review-policy"), """
                {"reviewIntervalMonths": 4, "spendOverrunPercent": 5, "benefitShortfallPercent": 20}""").status())
                .as("one open review policy at a time")
                .isEqualTo(409);
        assertThat(api.as("fay")
                        .post(path("/changes/" + change + "/approvals"), "{\"version\": 1}")
                        .status())
                .isEqualTo(200);
        assertThat(reviewIntervalMonths()).isEqualTo(6);
        assertThat(api.as("ivo")
                        .post(path("/changes/" + change + "/approvals"), "{\"version\": 1}")
                        .text("tookEffect"))
                .isEqualTo("true");
        assertThat(reviewIntervalMonths()).isEqualTo(3);
        assertThat(timelineTypes()).containsSubsequence("ChangeRequested", "ChangeTookEffect", "ReviewPolicySet");
        assertThat(timelineSummaries())
                .anyMatch(line -> line.contains("requested the review policy change to review every 3 months"));
        assertThat(api.as("fay").get("/api/approvals/pending").body().findValuesAsText("changeId"))
                .doesNotContain(change);

        assertThat(api.as("ida").put(path("/review-policy"), """
                {"reviewIntervalMonths": 0, "spendOverrunPercent": 5, "benefitShortfallPercent": 20}""").text("field")).isEqualTo("reviewIntervalMonths");
        assertThat(api.as("vic").put(path("/review-policy"), """
                {"reviewIntervalMonths": 12, "spendOverrunPercent": 5, "benefitShortfallPercent": 20}""").status()).isEqualTo(403);
    }

    private int reviewIntervalMonths() {
        return api.as("vic")
                .get("/api/projects/" + id)
                .body()
                .get("reviewPolicy")
                .get("reviewIntervalMonths")
                .asInt();
    }

    private String path(String step) {
        return "/api/projects/" + id + step;
    }

    private List<String> timelineTypes() {
        List<String> types = new ArrayList<>();
        api.as("vic")
                .get(path("/timeline"))
                .body()
                .forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    private List<String> timelineSummaries() {
        List<String> summaries = new ArrayList<>();
        api.as("vic")
                .get(path("/timeline"))
                .body()
                .forEach(entry -> summaries.add(entry.get("summary").asText()));
        return summaries;
    }

    private static String estimate(String oneTime, String recurring) {
        return """
                {"oneTimeCost": {"amount": "%s", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "%s", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "80000.00", "currency": "EUR"}, "high": {"amount": "140000.00", "currency": "EUR"},
                 "assumptions": "Two integrators"}""".formatted(oneTime, recurring);
    }

    private static String answers(int clearRoi, int processes, int objectives, int advantage) {
        return """
                {"answers": [
                  {"question": "CLEAR_ROI", "rating": %d, "rationale": "Licence savings are contracted"},
                  {"question": "PROCESS_DELIVERY", "rating": %d, "rationale": "Monthly close"},
                  {"question": "LONG_TERM_OBJECTIVES", "rating": %d, "rationale": "Both roadmaps"},
                  {"question": "COMPETITIVE_ADVANTAGE", "rating": %d, "rationale": "Faster decisions"}]}""".formatted(clearRoi, processes, objectives, advantage);
    }

    @Test
    void aMonthRecordedAgainReplacesItInTheProjectsAndThePortfoliosTotals() {
        assertThat(api.as("ivo")
                        .post(path("/estimates"), estimate("80000.00", "5000.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ida").post(path("/roi"), """
                {"benefits": [{"category": "COST_SAVING", "metric": "licence cost", "target": "-40 %",
                               "yearlyAmount": {"amount": "45000.00", "currency": "EUR"}}]}""").status()).isEqualTo(201);
        YearMonth first = YearMonth.now().minusMonths(2);
        assertThat(api.as("ivo")
                        .post(path("/actuals"), actuals(first, "10000.00", "500.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ivo")
                        .post(path("/actuals"), actuals(first.plusMonths(1), "20000.00", "700.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ivo")
                        .post(path("/actuals"), actuals(first, "12000.00", "800.00"))
                        .status())
                .as("a correction of the first month")
                .isEqualTo(201);

        JsonNode detail = api.as("vic").get("/api/projects/" + id).body();
        assertThat(detail.get("spendToDate").get("amount").asText()).isEqualTo("32000.00");
        assertThat(detail.get("benefitsToDate").get("amount").asText()).isEqualTo("1500.00");
        PortfolioSummary portfolio =
                queries.query(new FindPortfolio(year), PortfolioSummary.class).join();
        assertThat(portfolio.spendByMonth())
                .extracting(MonthlySpend::period, month -> month.spend().amount())
                .containsExactly(
                        tuple(first, new BigDecimal("12000.00")),
                        tuple(first.plusMonths(1), new BigDecimal("20000.00")));
        assertThat(portfolio.projects())
                .singleElement()
                .satisfies(project -> assertThat(project.spendToDate().amount()).isEqualByComparingTo("32000"));
    }

    private static String actuals(YearMonth period, String spend, String benefit) {
        return """
                {"period": "%s", "spend": {"amount": "%s", "currency": "EUR"},
                 "benefits": [{"metric": "licence cost", "amount": {"amount": "%s", "currency": "EUR"}}]}""".formatted(period, spend, benefit);
    }

    private static String actuals(String period, String spend) {
        return """
                {"period": "%s", "spend": {"amount": "%s", "currency": "EUR"}}""".formatted(period, spend);
    }

    private static String view(String recommendation) {
        return """
                {"view": "Integration took longer than planned", "recommendation": "%s",
                 "answers": %s}""".formatted(
                recommendation, ANSWERS_IT.substring(ANSWERS_IT.indexOf('[')).replace("]}", "]"));
    }

    private static String conclusion() {
        return """
                {"outcome": "ADJUST", "adjustedBudget": {"amount": "125000.00", "currency": "EUR"},
                 "rationale": "Finish the migration with the extra integrator"}""";
    }
}
