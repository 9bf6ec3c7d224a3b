package dev.accord.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NumericNode;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Prioritisation by the four questions through the API, on PostgreSQL: a year ranks by ROI until Finance and IT set
 * weights together; then each project's score shows its parts, and a project not yet assessed says so.
 */
@AccordIntegrationTest
class RankingWeightsApiIT {

    /** JSON numbers compare by value: what the tables give as 8.00 the events may carry as 8. */
    private static final Comparator<JsonNode> BY_VALUE =
            (a, b) -> a instanceof NumericNode x && b instanceof NumericNode y
                    ? x.decimalValue().compareTo(y.decimalValue())
                    : a.equals(b) ? 0 : 1;

    private static final String QUESTIONS_FIRST = """
            {"weights": {"roi": 20, "npv": 0, "clearRoi": 20, "processDelivery": 20, "longTermObjectives": 20,
                         "competitiveAdvantage": 20}, "rationale": "Strategy counts as much as the money"}""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    Api api;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        year = FiscalYears.unused();
    }

    @Test
    void weightsSetJointlyRankByTheFourQuestionsAndEachScoreShowsItsParts() {
        String highRoi = propose("High ROI, weakly assessed");
        String lowRoi = propose("Low ROI, strongly assessed");
        String unassessed = propose("Middle ROI, not yet assessed");
        roiCase(highRoi, "70000"); // ROI 110 %
        roiCase(lowRoi, "50000"); // ROI 50 %
        roiCase(unassessed, "60000"); // ROI 80 %
        assess(highRoi, 1, 2);
        assess(lowRoi, 5, 4);

        JsonNode byDefault = api.as("vic").get(portfolio()).body();
        assertThat(byDefault.get("rankingWeights").get("setJointly").asBoolean())
                .isFalse();
        assertThat(byDefault.get("rankingWeights").get("weights").get("roi").asInt())
                .isEqualTo(100);
        assertThat(ids(byDefault)).as("ROI alone, as always").containsExactly(highRoi, unassessed, lowRoi);
        assertThat(totals(byDefault)).containsExactly("100.00", "50.00", "0.00");
        JsonNode notAssessed = project(byDefault, unassessed);
        assertThat(notAssessed.get("assessed").asBoolean()).isFalse();
        assertThat(notAssessed.get("assessment").isNull()).isTrue();
        assertThat(part(notAssessed, "clearRoi").get("missing").asText()).isEqualTo("not yet assessed");

        Answer requested = api.as("ivo").post(weights(), QUESTIONS_FIRST);
        assertThat(requested.status()).isEqualTo(201);
        String change = requested.text("changeId");
        JsonNode pending = api.as("fay").get(weights()).body().get("pending");
        assertThat(pending.get("changeId").asText()).isEqualTo(change);
        assertThat(pending.get("requestedBy").asText()).isEqualTo("ivo");
        assertThat(pending.get("weights").get("clearRoi").asInt()).isEqualTo(20);
        assertThat(texts(pending.get("waitingFor"))).containsExactly("FINANCE", "IT");

        JsonNode inbox = pendingFor("fay", change);
        assertThat(inbox)
                .as("the request waits in Finance's inbox like the year's other changes")
                .isNotNull();
        assertThat(inbox.get("kind").asText()).isEqualTo("RANKING_WEIGHTS");
        assertThat(inbox.get("proposal").asText())
                .isEqualTo("ROI 20 \u00b7 Clear ROI 20 \u00b7 Process delivery 20 \u00b7 Long-term objectives 20 "
                        + "\u00b7 Competitive advantage 20");
        assertThat(inbox.get("change").asText()).isEqualTo(weights() + "/" + change);
        assertThat(pendingFor("ivo", change))
                .as("not in the requester's own inbox")
                .isNull();

        assertThat(approve("ivo", change).status()).as("not the requester").isEqualTo(403);
        assertThat(approve("ida", change).status()).isEqualTo(200);
        JsonNode halfWay = api.as("vic").get(portfolio()).body();
        assertThat(texts(halfWay.get("rankingWeights").get("pending").get("waitingFor")))
                .containsExactly("FINANCE");
        assertThat(ids(halfWay)).as("IT alone changes nothing").containsExactly(highRoi, unassessed, lowRoi);
        assertThat(approve("fay", change).status()).isEqualTo(200);
        assertThat(pendingFor("finn", change)).as("decided: in no inbox").isNull();

        JsonNode weighted = api.as("vic").get(portfolio()).body();
        assertThat(weighted.get("rankingWeights").get("setJointly").asBoolean()).isTrue();
        assertThat(weighted.get("rankingWeights").get("pending").isNull()).isTrue();
        assertThat(ids(weighted)).containsExactly(lowRoi, highRoi, unassessed);
        // Ratings 5 and 4 are 7/8 of the scale: 20 % × 0.875 = 17.50 a question; the lowest ROI adds nothing.
        // Ratings 1 and 2 are 1/8: 2.50 a question, and the highest ROI its full 20. ROI 80 % is half way: 10.
        assertThat(totals(weighted)).containsExactly("70.00", "30.00", "10.00");
        JsonNode strongest = project(weighted, lowRoi);
        assertThat(part(strongest, "processDelivery").get("points").decimalValue())
                .isEqualByComparingTo("17.50");
        assertThat(part(strongest, "processDelivery").get("value").decimalValue())
                .isEqualByComparingTo("0.875");
        assertThat(part(strongest, "roi").get("weight").asInt()).isEqualTo(20);
        assertThat(strongest
                        .get("assessment")
                        .get("ratings")
                        .get(0)
                        .get("finance")
                        .asInt())
                .isEqualTo(5);
        JsonNode last = project(weighted, unassessed);
        assertThat(part(last, "roi").get("points").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(part(last, "competitiveAdvantage").get("points").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(part(last, "competitiveAdvantage").get("missing").asText()).isEqualTo("not yet assessed");

        JsonNode folded = api.as("vic")
                .get(portfolio() + "?asOf=" + Instant.now().plus(Duration.ofDays(1)))
                .body();
        assertThat(weighted.equals(BY_VALUE, folded))
                .as("the year folded from its events ranks alike%nlive:   %s%nfolded: %s", weighted, folded)
                .isTrue();
    }

    @Test
    void aRejectionWithAReasonLeavesTheWeightsAsTheyWere() {
        String change = api.as("fay").post(weights(), QUESTIONS_FIRST).text("changeId");
        assertThat(api.as("ivo").post(weights(), QUESTIONS_FIRST).status())
                .as("one request at a time")
                .isEqualTo(409);
        assertThat(reject("fay", change, "Changed my mind").status())
                .as("the requester withdraws nothing by rejecting")
                .isEqualTo(403);
        Answer noReason = reject("ivo", change, " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text("field")).isEqualTo("reason");
        assertThat(reject("ivo", change, "ROI first this year").status()).isEqualTo(200);
        assertThat(approve("finn", change).status()).as("decided").isEqualTo(409);

        JsonNode weights = api.as("vic").get(weights()).body();
        assertThat(weights.get("pending").isNull()).isTrue();
        assertThat(weights.get("setJointly").asBoolean()).isFalse();
        assertThat(weights.get("weights").get("roi").asInt()).isEqualTo(100);
    }

    @Test
    void badWeightsAreRefusedNamingTheFieldAndNothingIsStored() {
        assertThat(refusedField(QUESTIONS_FIRST.replace("\"roi\": 20", "\"roi\": -1")))
                .isEqualTo("weights.roi");
        assertThat(refusedField(
                        QUESTIONS_FIRST.replace("\"competitiveAdvantage\": 20", "\"competitiveAdvantage\": 101")))
                .isEqualTo("weights.competitiveAdvantage");
        assertThat(refusedField(QUESTIONS_FIRST.replace("\"roi\": 20", "\"roi\": 12.5")))
                .as("a weight is a whole number, never cut to one")
                .isEqualTo("weights.roi");
        assertThat(refusedField(QUESTIONS_FIRST.replace("\"npv\": 0, ", ""))).isEqualTo("weights.npv");
        assertThat(refusedField("""
                {"weights": {"roi": 0, "npv": 0, "clearRoi": 0, "processDelivery": 0, "longTermObjectives": 0,
                             "competitiveAdvantage": 0}}""")).isEqualTo("weights");
        assertThat(refusedField("{\"rationale\": \"none\"}")).isEqualTo("weights");
        assertThat(api.as("vic").post(weights(), QUESTIONS_FIRST).status())
                .as("a viewer acts for no side")
                .isEqualTo(403);
        assertThat(api.as("fay").get(weights()).body().get("pending").isNull())
                .as("nothing stored")
                .isTrue();
    }

    /** The change as the person's inbox lists it, or null when it does not reach them. */
    private JsonNode pendingFor(String who, String change) {
        for (JsonNode pending : api.as(who).get("/api/approvals/pending").body()) {
            if (pending.get("changeId").asText().equals(change)) {
                return pending;
            }
        }
        return null;
    }

    private String refusedField(String body) {
        Answer refused = api.as("fay").post(weights(), body);
        assertThat(refused.status()).as(body).isEqualTo(400);
        return refused.text("field");
    }

    private Answer approve(String who, String change) {
        return api.as(who).post(weights() + "/" + change + "/approvals", "{\"version\": 1}");
    }

    private Answer reject(String who, String change, String reason) {
        return api.as(who).post(weights() + "/" + change + "/rejections", "{\"reason\": \"%s\"}".formatted(reason));
    }

    private String propose(String title) {
        return api.propose("ida", title + " " + UUID.randomUUID(), "100000.00", year)
                .text("id");
    }

    /** 100,000 now, nothing recurring, the yearly benefit for three years: ROI = 3 × yearly − 100,000 over 100,000. */
    private void roiCase(String id, String yearly) {
        assertThat(api.as("ivo").post("/api/projects/" + id + "/estimates", """
                {"oneTimeCost": {"amount": "100000", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "0", "currency": "EUR"}, "horizonYears": 3,
                 "low": {"amount": "90000", "currency": "EUR"}, "high": {"amount": "120000", "currency": "EUR"}}""").status())
                .isEqualTo(201);
        assertThat(api.as("ivo")
                        .post("/api/projects/" + id + "/roi", """
                {"benefits": [{"category": "REVENUE", "metric": "orders", "target": "+5 %%",
                               "yearlyAmount": {"amount": "%s", "currency": "EUR"}}]}""".formatted(yearly))
                        .status())
                .isEqualTo(201);
    }

    /** Finance rates every question one way, IT another. */
    private void assess(String id, int finance, int it) {
        assertThat(api.as("fay")
                        .post("/api/projects/" + id + "/assessments", answers(finance))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("ivo")
                        .post("/api/projects/" + id + "/assessments", answers(it))
                        .status())
                .isEqualTo(201);
    }

    private static String answers(int rating) {
        return """
                {"answers": [
                  {"question": "CLEAR_ROI", "rating": %1$d, "rationale": "Measured monthly"},
                  {"question": "PROCESS_DELIVERY", "rating": %1$d, "rationale": "Order to cash"},
                  {"question": "LONG_TERM_OBJECTIVES", "rating": %1$d, "rationale": "Both roadmaps"},
                  {"question": "COMPETITIVE_ADVANTAGE", "rating": %1$d, "rationale": "Faster offers"}]}""".formatted(rating);
    }

    private static List<String> ids(JsonNode portfolio) {
        return portfolio.get("projects").findValuesAsText("id");
    }

    private static List<String> totals(JsonNode portfolio) {
        List<String> totals = new ArrayList<>();
        portfolio
                .get("projects")
                .forEach(p ->
                        totals.add(p.get("score").get("total").decimalValue().toPlainString()));
        return totals;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode project(JsonNode portfolio, String id) {
        for (JsonNode project : portfolio.get("projects")) {
            if (project.get("id").asText().equals(id)) {
                return project;
            }
        }
        throw new AssertionError("No project " + id + " in " + portfolio);
    }

    private static JsonNode part(JsonNode project, String factor) {
        for (JsonNode part : project.get("score").get("parts")) {
            if (part.get("factor").asText().equals(factor)) {
                return part;
            }
        }
        throw new AssertionError("No part " + factor + " in " + project);
    }

    private String portfolio() {
        return "/api/portfolio/" + year;
    }

    private String weights() {
        return portfolio() + "/ranking-weights";
    }
}
