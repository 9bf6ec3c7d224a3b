package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.ui.approvals.ApprovalsView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The approvals card shows the business case a decision rests on, and the approval states what it showed: once
 * newer figures arrive, the card's approval is refused until the approver has looked again.
 */
@AccordIntegrationTest
class BusinessCaseViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void theCardShowsTheFiguresAndAnswersAndAnApprovalOnOldFiguresIsRefused() {
        Api api = new Api(http, json);
        String title = "Scanner fleet " + UUID.randomUUID().toString().substring(0, 6);
        String id = api.propose("ida", title, "120000.00", FiscalYears.unused()).text("id");
        assertThat(api.as("ida")
                        .post(path(id, "/estimates"), estimate("80000.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("finn")
                        .post(path(id, "/estimates"), estimate("90000.00"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("finn").post(path(id, "/roi"), """
                        {"benefits": [{"category": "COST_SAVING", "metric": "toner cost", "target": "-40 %",
                                       "yearlyAmount": {"amount": "45000.00", "currency": "EUR"}}]}""").status()).isEqualTo(201);
        assertThat(api.as("ida")
                        .post(path(id, "/assessments"), answers("Fewer service calls"))
                        .status())
                .isEqualTo(201);
        assertThat(api.as("finn")
                        .post(path(id, "/assessments"), answers("Toner contract ends"))
                        .status())
                .isEqualTo(201);

        VerticalLayout card = cardShowing(title, "Assessment, answered by both sides:");
        List<String> lines =
                _find(card, Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(lines)
                .anyMatch(line -> line.startsWith("Finance estimate v2: "))
                .anyMatch(line -> line.startsWith("IT estimate v1: "))
                .anyMatch(line -> line.startsWith("ROI case v1 (on estimate v2): NPV ") && line.contains("toner cost"))
                .contains("Assessment, answered by both sides:")
                .anyMatch(line -> line.contains("Finance 4 (\u201cToner contract ends\u201d)")
                        && line.contains("IT 4 (\u201cFewer service calls\u201d)"));

        // Fay opens the decision; meanwhile IT submits a new estimate.
        _click(_get(card, Button.class, spec -> spec.withText("Approve version 1")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("approval-basis"))
                        .getText())
                .isEqualTo("On the figures shown: Finance estimate v2, IT estimate v1, ROI case v1");
        assertThat(api.as("ivo")
                        .post(path(id, "/estimates"), estimate("85000.00"))
                        .status())
                .isEqualTo(201);
        _click(_get(Button.class, spec -> spec.withId("confirm-approval")));
        assertThat(NotificationsKt.getNotifications())
                .anyMatch(n -> String.valueOf(n.getElement().getProperty("text"))
                        .startsWith("The figures changed since you looked"));
        assertThat(approvals(api, id)).as("nothing recorded").isEmpty();

        // Looking again, she approves on the new figures, and the approval records them.
        VerticalLayout again = cardShowing(title, "IT estimate v3");
        _click(_get(again, Button.class, spec -> spec.withText("Approve version 1")));
        _click(_get(Button.class, spec -> spec.withId("confirm-approval")));
        await().untilAsserted(() -> assertThat(approvals(api, id)).hasSize(1));
    }

    private static JsonNode approvals(Api api, String id) {
        return api.as("vic")
                .get("/api/projects/" + id)
                .body()
                .get("openChanges")
                .get(0)
                .get("approvals");
    }

    /** Fay's inbox card of the project, once it shows {@code text} (opened afresh while the read models catch up). */
    private VerticalLayout cardShowing(String title, String text) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            SignedInVaadin.as("fay", context);
            UI.getCurrent().navigate(ApprovalsView.class);
            MockVaadin.clientRoundtrip();
            assertThat(cardsOf(title)).hasSize(1);
            assertThat(_find(cardsOf(title).get(0), Paragraph.class).stream().map(Paragraph::getText))
                    .anyMatch(line -> line.contains(text));
        });
        return cardsOf(title).get(0);
    }

    private static List<VerticalLayout> cardsOf(String title) {
        return _find(VerticalLayout.class, spec -> spec.withClasses("approval-card")).stream()
                .filter(card -> _find(card, RouterLink.class).stream().anyMatch(link -> title.equals(link.getText())))
                .toList();
    }

    private static String path(String id, String rest) {
        return "/api/projects/" + id + rest;
    }

    private static String estimate(String oneTime) {
        return """
                {"oneTimeCost": {"amount": "%s", "currency": "EUR"},
                 "recurringYearlyCost": {"amount": "5000.00", "currency": "EUR"}, "horizonYears": 5,
                 "low": {"amount": "70000.00", "currency": "EUR"}, "high": {"amount": "95000.00", "currency": "EUR"},
                 "assumptions": "Vendor quote"}""".formatted(oneTime);
    }

    private static String answers(String rationale) {
        return """
                {"answers": [
                  {"question": "CLEAR_ROI", "rating": 4, "rationale": "%1$s"},
                  {"question": "PROCESS_DELIVERY", "rating": 4, "rationale": "%1$s"},
                  {"question": "LONG_TERM_OBJECTIVES", "rating": 3, "rationale": "%1$s"},
                  {"question": "COMPETITIVE_ADVANTAGE", "rating": 3, "rationale": "%1$s"}]}""".formatted(rationale);
    }
}
