package dev.accord.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger keeps one currency (accord.currency, EUR here): an amount in any other is refused with a problem naming
 * its currency field, and nothing is stored; GET /api/ledger says which currency that is.
 */
@AccordIntegrationTest
class OneCurrencyPerLedgerApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    Api api;
    int year;

    @BeforeEach
    void setUp() {
        api = new Api(http, json);
        year = FiscalYears.unused();
    }

    @Test
    void theLedgerSaysWhichCurrencyItKeeps() {
        Answer ledger = api.as("vic").get("/api/ledger");

        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.text("currency")).isEqualTo("EUR");
    }

    @Test
    void aProposalInAnotherCurrencyIsRefusedAndNothingIsStored() {
        String title = "Dollar proposal " + UUID.randomUUID();
        Answer refused = api.as("ida").post("/api/projects", """
                {"title": "%s", "requestedBudget": {"amount": "250000.00", "currency": "USD"}, "fiscalYear": %d}""".formatted(title, year));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("requestedBudget.currency");
        assertThat(refused.text("detail")).isEqualTo("The ledger keeps its figures in EUR, not USD");
        assertThat(eventsMentioning(title)).isZero();
    }

    @Test
    void aYearBudgetInAnotherCurrencyIsRefusedAndNothingIsStored() {
        Answer refused = api.as("fay").post("/api/portfolio/" + year + "/budget", """
                {"budget": {"amount": "300000000", "currency": "JPY"}, "rationale": "In yen"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("budget.currency");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE type = 'Portfolio' "
                                + "AND aggregate_identifier = :year")
                        .param("year", String.valueOf(year))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(api.as("vic")
                        .get("/api/portfolio/" + year)
                        .body()
                        .get("pendingBudget")
                        .isNull())
                .isTrue();
    }

    @Test
    void anEstimateAndActualsInAnotherCurrencyAreRefusedAndNothingIsStored() {
        String id = activeProject();
        long before = eventsOf(id);

        Answer estimate = api.as("ivo").post("/api/projects/" + id + "/estimates", """
                {"oneTimeCost": {"amount": "80000.00", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "GBP"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "95000.00", "currency": "EUR"}}""");
        assertThat(estimate.status()).isEqualTo(400);
        assertThat(estimate.text("field")).isEqualTo("recurringYearlyCost.currency");

        String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        Answer actuals = api.as("fay").post("/api/projects/" + id + "/actuals", """
                {"period": "%s", "spend": {"amount": "12000.00", "currency": "USD"}}""".formatted(lastMonth));
        assertThat(actuals.status()).isEqualTo(400);
        assertThat(actuals.text("field")).isEqualTo("spend.currency");

        assertThat(eventsOf(id)).isEqualTo(before);
        JsonNode detail = api.as("vic").get("/api/projects/" + id).body();
        assertThat(detail.get("estimates")).isEmpty();
        assertThat(detail.get("actuals")).isEmpty();
    }

    /** Proposed by Ida and approved by Fay and Ivo, in the test's own year. */
    private String activeProject() {
        Answer proposed = api.propose("ida", "Euro project " + UUID.randomUUID(), "100000.00", year);
        assertThat(proposed.status()).isEqualTo(201);
        String id = proposed.text("id");
        String change = proposed.text("changeId");
        api.as("fay").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        api.as("ivo").post("/api/projects/" + id + "/changes/" + change + "/approvals", "{\"version\": 1}");
        assertThat(api.as("vic").get("/api/projects/" + id).text("status")).isEqualTo("ACTIVE");
        return id;
    }

    private long eventsOf(String projectId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", projectId)
                .query(Long.class)
                .single();
    }

    private long eventsMentioning(String text) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE :text")
                .param("text", "%" + text + "%")
                .query(Long.class)
                .single();
    }
}
