package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.ui.portfolio.PortfolioView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The portfolio page as the place where a year is decided, on the real application and database: Finance's discount
 * rate (read-only for IT, and refused to IT by the server), the year's approval rules requested and approved there,
 * a budget the year's allocations cannot fit refused with the ledger's words, and the year as it stood at a moment.
 */
@AccordIntegrationTest
class PortfolioDecisionsViewIT {

    @Autowired
    ApplicationContext context;

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

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void financeSetsTheDiscountRateAndItReadsItOnly() {
        open("ida");
        BigDecimalField rate = _get(BigDecimalField.class, spec -> spec.withId("discount-rate-field"));
        assertThat(rate.isReadOnly()).as("IT reads Finance's rate").isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("set-discount-rate")))
                .isEmpty();
        Answer refused = api.as("ida").put("/api/portfolio/" + year + "/discount-rate", "{\"ratePercent\": 3}");
        assertThat(refused.status()).as("the server refuses IT all the same").isEqualTo(403);
        assertThat(refused.text("detail")).isEqualTo("The discount rate is Finance's to set");

        open("fay");
        rate = _get(BigDecimalField.class, spec -> spec.withId("discount-rate-field"));
        assertThat(rate.isReadOnly()).isFalse();
        _setValue(rate, new BigDecimal("7.5"));
        _click(_get(Button.class, spec -> spec.withId("set-discount-rate")));

        awaitText("discount-rate", "7.5 %");
        assertThat(api.as("vic")
                        .get("/api/portfolio/" + year)
                        .body()
                        .get("discountRatePercent")
                        .decimalValue())
                .isEqualByComparingTo("7.5");

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("discount-rate-field")), new BigDecimal("101"));
        _click(_get(Button.class, spec -> spec.withId("set-discount-rate")));
        rate = _get(BigDecimalField.class, spec -> spec.withId("discount-rate-field"));
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage())
                .isEqualTo("The discount rate must be between 0 and 100 %, with at most two decimals");
    }

    @Test
    void approvalRulesAreRequestedAndApprovedInThePortfolio() {
        open("fay");
        _click(_get(Button.class, spec -> spec.withId("request-approval-rules")));
        _click(_get(Button.class, spec -> spec.withId("add-tier")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("tier-0-above")), new BigDecimal("500000"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("tier-0-finance")), 2);
        _setValue(_get(Checkbox.class, spec -> spec.withId("tier-0-cfo")), true);
        _setValue(_get(TextArea.class, spec -> spec.withId("approval-rules-reason")), "Large changes need the CFO");
        _click(_get(Button.class, spec -> spec.withId("approval-rules-submit")));

        Div card = awaitCard("approval-rules-panel");
        assertThat(card.getElement().getTextRecursively())
                .contains("Above EUR 500,000.00: 2 Finance approvals including the CFO and 1 IT approval")
                .contains("Requested by Fay Lund")
                .contains("Waiting for Finance and IT")
                .contains("You requested this");
        assertThat(_find(card, Button.class))
                .as("the requester cannot decide her own request")
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("request-approval-rules")))
                .as("one request at a time")
                .isEmpty();

        open("ivo");
        approveIn(awaitCard("approval-rules-panel"));
        open("finn");
        Div waiting = awaitCard("approval-rules-panel");
        assertThat(waiting.getElement().getTextRecursively())
                .contains("\u2713 Ivo Novak approved version 1")
                .contains("Waiting for Finance");
        approveIn(waiting);

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(Div.class, spec -> spec.withId("approval-rules-in-force"))
                            .getElement()
                            .getTextRecursively())
                    .contains("Up to EUR 500,000.00: one approval of each side")
                    .contains("Above EUR 500,000.00: 2 Finance approvals including the CFO and 1 IT approval");
            assertThat(cards("approval-rules-panel")).isEmpty();
        });
    }

    @Test
    void tiersTheLedgerRefusesAreMarkedBesideTheirField() {
        open("ivo");
        _click(_get(Button.class, spec -> spec.withId("request-approval-rules")));
        _click(_get(Button.class, spec -> spec.withId("add-tier")));
        _click(_get(Button.class, spec -> spec.withId("add-tier")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("tier-0-above")), new BigDecimal("900000"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("tier-1-above")), new BigDecimal("100000"));
        _click(_get(Button.class, spec -> spec.withId("approval-rules-submit")));

        BigDecimalField second = _get(BigDecimalField.class, spec -> spec.withId("tier-1-above"));
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Each tier must start above the one before (EUR 900,000.00)");
        assertThat(api.as("fay")
                        .get("/api/portfolio/" + year + "/approval-rules")
                        .body()
                        .get("pendingChangeId")
                        .isNull())
                .as("nothing stored")
                .isTrue();
    }

    @Test
    void aBudgetBelowWhatApprovedProjectsHoldIsRefusedWithTheLedgersWords() {
        Answer proposed = api.propose("ida", "Plant sensors " + UUID.randomUUID(), "250000.00", year);
        String approvals =
                "/api/projects/" + proposed.text("id") + "/changes/" + proposed.text("changeId") + "/approvals";
        api.as("fay").post(approvals, "{\"version\": 1}");
        api.as("ivo").post(approvals, "{\"version\": 1}");

        open("finn");
        awaitText("allocated", "250,000.00");
        _click(_get(Button.class, spec -> spec.withId("request-year-budget")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("year-budget-amount")), new BigDecimal("200000"));
        _click(_get(Button.class, spec -> spec.withId("year-budget-submit")));

        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("year-budget-amount"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage())
                .isEqualTo("Approved projects already take EUR 250,000.00 of " + year
                        + "; the year's budget cannot be lower");
        assertThat(api.as("vic")
                        .get("/api/portfolio/" + year)
                        .body()
                        .get("pendingBudget")
                        .isNull())
                .as("nothing stored")
                .isTrue();
    }

    @Test
    void theAsOfPickerShowsTheYearAsItStoodAndNothingCanBeDoneThere() {
        LocalDateTime before = LocalDateTime.now();
        String budget = "/api/portfolio/" + year + "/budget";
        Answer requested = api.as("fay").post(budget, """
                {"budget": {"amount": "1500000.00", "currency": "EUR"}, "rationale": "Plan"}""");
        api.as("ida").post(budget + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}");
        api.as("finn").post(budget + "/" + requested.text("changeId") + "/approvals", "{\"version\": 1}");

        open("fay");
        awaitText("year-budget", "1,500,000.00");
        assertThat(_find(Button.class, spec -> spec.withId("request-year-budget")))
                .hasSize(1);

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("portfolio-as-of")), before);
        assertThat(_get(Span.class, spec -> spec.withId("year-budget")).getText())
                .isEqualTo("Not set yet");
        assertThat(_get(Span.class, spec -> spec.withId("portfolio-as-of-banner"))
                        .getText())
                .startsWith("The " + year + " portfolio as it stood at")
                .contains("Nothing can be done in the past");
        assertThat(_find(Button.class, spec -> spec.withId("request-year-budget")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("request-approval-rules")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("set-discount-rate")))
                .isEmpty();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("discount-rate-field"))
                        .isReadOnly())
                .isTrue();

        _click(_get(Button.class, spec -> spec.withId("portfolio-back-to-today")));
        assertThat(_get(Span.class, spec -> spec.withId("year-budget")).getText())
                .contains("1,500,000.00");
        assertThat(_find(Span.class, spec -> spec.withId("portfolio-as-of-banner")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("set-discount-rate")))
                .hasSize(1);
    }

    private void open(String user) {
        SignedInVaadin.as(user, context);
        UI.getCurrent().navigate(PortfolioView.class, year);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_find(Span.class, spec -> spec.withId("year-budget"))).hasSize(1);
        });
    }

    private void awaitText(String id, String text) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(Span.class, spec -> spec.withId(id)).getText()).contains(text);
        });
    }

    private Div awaitCard(String panelId) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(cards(panelId)).hasSize(1);
        });
        return cards(panelId).get(0);
    }

    private static List<Div> cards(String panelId) {
        return _find(
                _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(panelId)),
                Div.class,
                spec -> spec.withClasses("year-change-card"));
    }

    private static void approveIn(Div card) {
        _click(_get(card, Button.class, spec -> spec.withText("Approve version 1")));
        _click(_get(Button.class, spec -> spec.withId("confirm-approval")));
    }
}
