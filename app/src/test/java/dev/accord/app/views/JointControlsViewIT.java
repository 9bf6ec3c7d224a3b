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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.ui.approvals.ApprovalsView;
import dev.accord.ui.project.ProjectView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * A review policy proposed on the project page waits in both sides' inboxes, saying what it proposes, and applies only
 * once Finance and IT have approved it.
 */
@AccordIntegrationTest
class JointControlsViewIT {

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
    void aReviewPolicyProposedOnTheProjectPageAppliesOnceBothSidesApproveItFromTheirInbox() {
        Api api = new Api(http, json);
        String title = "Badge readers " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer proposed = api.propose("ida", title, "40000.00", FiscalYears.withoutBudget());
        String id = proposed.text("id");
        String initial = proposed.text("changeId");
        api.as("fay").post("/api/projects/" + id + "/changes/" + initial + "/approvals", "{\"version\": 1}");
        api.as("ivo").post("/api/projects/" + id + "/changes/" + initial + "/approvals", "{\"version\": 1}");

        SignedInVaadin.as("ida", context);
        UI.getCurrent().navigate(ProjectView.class, id);
        _click(_get(Button.class, spec -> spec.withId("review-policy")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("review-interval-months")), 3);
        _setValue(_get(TextArea.class, spec -> spec.withId("review-policy-rationale")), "New vendor");
        _click(_get(Button.class, spec -> spec.withId("review-policy-submit")));
        assertThat(reviewIntervalMonths(api, id))
                .as("one member alone sets nothing")
                .isEqualTo(6);

        for (String approver : List.of("fay", "ivo")) {
            SignedInVaadin.as(approver, context);
            UI.getCurrent().navigate(ApprovalsView.class);
            VerticalLayout card = cardOf(title);
            assertThat(_get(card, Span.class, spec -> spec.withClasses("change-figures"))
                            .getText())
                    .startsWith("Review policy: review every 3 months, or at 10 % spend overrun");
            _click(_get(card, Button.class, spec -> spec.withText("Approve version 1")));
            _click(_get(Button.class, spec -> spec.withId("confirm-approval")));
        }
        assertThat(reviewIntervalMonths(api, id)).isEqualTo(3);
    }

    private static int reviewIntervalMonths(Api api, String id) {
        return api.as("vic")
                .get("/api/projects/" + id)
                .body()
                .get("reviewPolicy")
                .get("reviewIntervalMonths")
                .asInt();
    }

    private static VerticalLayout cardOf(String title) {
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(cardsOf(title)).hasSize(1);
        });
        return cardsOf(title).get(0);
    }

    private static List<VerticalLayout> cardsOf(String title) {
        return _find(VerticalLayout.class, spec -> spec.withClasses("approval-card")).stream()
                .filter(card -> _find(card, RouterLink.class).stream().anyMatch(link -> title.equals(link.getText())))
                .toList();
    }
}
