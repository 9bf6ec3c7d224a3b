package dev.accord.app.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Texts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whatever the domain accepts, every read model stores. Projects are written through the API with inputs drawn by
 * jqwik's generators, weighted to the domain's limits: texts of exactly the longest length in any script (and with
 * characters outside the Basic Multilingual Plane), lists of the most items, amounts up to 10^12, an ROI case of
 * 10^12 a year on a cost of 0.01, the first and last year the ledger knows. Afterwards no read model has parked an
 * event and every project reads back as written.
 */
@AccordIntegrationTest
class ReadModelsStoreWhatTheDomainAcceptsIT {

    private static final int PROJECTS = 12;
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    Api api;
    /** Fixed, so that a failure can be repeated; the generators still reach every edge over the run. */
    private final Random random = new Random(20261129);

    @BeforeEach
    void client() {
        api = new Api(http, json);
        JqwikSession.start(); // jqwik's generators, used outside its own test engine
    }

    @AfterEach
    void endSession() {
        JqwikSession.finish();
    }

    @Test
    void everyReadModelStoresProjectsWrittenAtTheDomainsLimits() throws Exception {
        for (int i = 0; i < PROJECTS; i++) {
            boolean first = i == 0;
            String title = sample(line());
            Answer proposed = api.as("ida")
                    .post(
                            "/api/projects",
                            body(Map.of(
                                    "title", title,
                                    "description", sample(longText()),
                                    "sponsor", sample(line()),
                                    "processesImproved",
                                            sample(line().list().ofMinSize(1).ofMaxSize(Texts.LIST_MAX_SIZE)),
                                    "companyObjectives", sample(line().list().ofSize(Texts.LIST_MAX_SIZE)),
                                    "itObjectives", List.of(sample(line())),
                                    "requestedBudget", money(sample(amount())),
                                    // The first and the last year the ledger knows, then years of this test's own.
                                    "fiscalYear",
                                            i == 0
                                                    ? LedgerCalendar.LAST_YEAR
                                                    : i == 1 ? LedgerCalendar.FIRST_YEAR : FiscalYears.unused())));
            String id = created(proposed);
            String changeId = proposed.text("changeId");
            created(api.as("ivo")
                    .post(
                            "/api/projects/" + id + "/estimates",
                            body(Map.of(
                                    "oneTimeCost",
                                    money(i == 0 ? CENT : sample(amount())),
                                    "recurringYearlyCost",
                                    money(i == 0 ? BigDecimal.ZERO : sample(amount())),
                                    "horizonYears",
                                    i == 0
                                            ? CashFlowPlan.MAX_HORIZON_YEARS
                                            : sample(Arbitraries.integers()
                                                    .between(
                                                            CashFlowPlan.MIN_HORIZON_YEARS,
                                                            CashFlowPlan.MAX_HORIZON_YEARS)),
                                    "low",
                                    money(BigDecimal.ZERO),
                                    "high",
                                    money(Money.MAXIMUM),
                                    "assumptions",
                                    sample(longText())))));
            List<String> metrics = sample(
                    line().list().ofMinSize(1).ofMaxSize(Texts.LIST_MAX_SIZE).uniqueElements());
            created(api.as("ida")
                    .post(
                            "/api/projects/" + id + "/roi",
                            body(Map.of(
                                    "benefits",
                                    metrics.stream()
                                            .map(metric -> Map.of(
                                                    "category",
                                                    "REVENUE",
                                                    "metric",
                                                    metric,
                                                    "target",
                                                    sample(line()),
                                                    "yearlyAmount",
                                                    money(first ? Money.MAXIMUM : sample(amount()))))
                                            .toList()))));
            answered(api.as("fay")
                    .post(
                            "/api/projects/" + id + "/changes/" + changeId + "/approvals",
                            body(Map.of("version", 1, "comment", sample(longText())))));
            answered(api.as("ivo")
                    .post(
                            "/api/projects/" + id + "/changes/" + changeId + "/approvals",
                            body(Map.of("version", 1, "comment", sample(longText())))));
            created(api.as("ida")
                    .post(
                            "/api/projects/" + id + "/actuals",
                            body(Map.of(
                                    "period",
                                            YearMonth.of(LedgerCalendar.FIRST_YEAR, 1)
                                                    .toString(),
                                    "spend", money(Money.MAXIMUM),
                                    "benefits",
                                            List.of(Map.of(
                                                    "metric", metrics.get(0), "amount", money(Money.MAXIMUM)))))));
            created(api.as("ida")
                    .post(
                            "/api/projects/" + id + "/actuals",
                            body(Map.of(
                                    "period",
                                    YearMonth.now(ZoneOffset.UTC).toString(),
                                    "spend",
                                    money(Money.MAXIMUM)))));
            created(api.as("finn").post("/api/projects/" + id + "/comments", body(Map.of("text", sample(longText())))));

            assertThat(api.as("vic")
                            .get("/api/projects/" + id)
                            .body()
                            .path("title")
                            .asText())
                    .isEqualTo(title.strip());
        }

        long last = jdbc.sql("SELECT max(global_index) FROM domain_event_entry")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(tokenPositions())
                        .as("every read model has taken every event")
                        .isNotEmpty()
                        .allSatisfy(position -> assertThat(position).isGreaterThanOrEqualTo(last)));
        assertThat(api.as("ada").get("/api/admin/dead-letters").body())
                .as("parked events")
                .isEmpty();
    }

    /** Where each segment of each read model's processor stands in the event stream. */
    private List<Long> tokenPositions() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .flatMap(processor -> processor.processingStatus().values().stream())
                .map(status -> status.getCurrentPosition().orElse(-1))
                .toList();
    }

    /** One line: any printable character, including supplementary ones; often exactly the longest allowed. */
    private static Arbitrary<String> line() {
        return text(Texts.LINE_MAX_LENGTH, "");
    }

    private static Arbitrary<String> longText() {
        return text(Texts.LONG_TEXT_MAX_LENGTH, "\n\t\r");
    }

    private static Arbitrary<String> text(int maxLength, String alsoAllowed) {
        StringArbitrary chars = Arbitraries.strings()
                .withCharRange('!', '~')
                .withCharRange('\u00a1', '\u024f')
                .withCharRange('\u0400', '\u04ff')
                .withCharRange('\u4e00', '\u9fff')
                .withCharRange('\ue000', '\ufffd')
                .withChars((alsoAllowed + " ").toCharArray());
        // A character outside the Basic Multilingual Plane counts two towards the length, as Java and the rule count.
        Arbitrary<String> longest = chars.ofLength(maxLength - 2).map(text -> "\ud83d\ude00" + text);
        Arbitrary<String> shorter = chars.ofMaxLength(maxLength - 1).map(text -> "x" + text);
        return Arbitraries.frequencyOf(Tuple.of(1, longest), Tuple.of(2, shorter));
    }

    private static Arbitrary<BigDecimal> amount() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Money.MAXIMUM)),
                Tuple.of(1, Arbitraries.just(CENT)),
                Tuple.of(
                        3,
                        Arbitraries.bigDecimals().between(CENT, Money.MAXIMUM).ofScale(2)));
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(1000).next(random).value();
    }

    private static Map<String, Object> money(BigDecimal amount) {
        return Map.of("amount", amount.toPlainString(), "currency", "EUR");
    }

    private String body(Map<String, Object> fields) throws Exception {
        return json.writeValueAsString(new LinkedHashMap<>(fields));
    }

    private static String created(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isIn(200, 201);
        return answer.text("id");
    }

    private static void answered(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    }
}
