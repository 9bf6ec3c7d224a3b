package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.ui.approvals.ApprovalsView;
import dev.accord.ui.people.PeopleView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** Server-side tests of the approvals inbox and the people view, on the real application and database. */
@AccordIntegrationTest
class ApprovalsViewIT {

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
    void financeApprovesAProposalFromItsInboxAndTheCardLeavesIt() {
        Api api = new Api(http, json);
        String title = "Label printers " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer proposed = api.propose("ida", title, "30000.00", FiscalYears.withoutBudget());

        SignedInVaadin.as("fay", context);
        UI.getCurrent().navigate(ApprovalsView.class);
        VerticalLayout card = cardOf(title);
        assertThat(_find(card, Paragraph.class).stream().map(Paragraph::getText))
                .contains(
                        "\u201cInitial budget of the proposal\u201d",
                        "Finance estimate: none yet",
                        "IT estimate: none yet",
                        "ROI case: none yet",
                        "Assessment: not answered yet");
        _click(_get(card, Button.class, spec -> spec.withText("Approve version 1")));
        _click(_get(Button.class, spec -> spec.withId("confirm-approval")));

        String approvedBy = api.as("vic")
                .get("/api/projects/" + proposed.text("id"))
                .body()
                .get("openChanges")
                .get(0)
                .get("approvals")
                .get(0)
                .get("user")
                .asText();
        assertThat(approvedBy).isEqualTo("fay");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(cardsOf(title))
                    .as("Finance has approved: nothing awaits it here")
                    .isEmpty();
        });
    }

    @Test
    void aViewerSeesNothingToDecide() {
        SignedInVaadin.as("vic", context);
        UI.getCurrent().navigate(ApprovalsView.class);
        MockVaadin.clientRoundtrip();
        assertThat(_find(Button.class, spec -> spec.withText("Reject"))).isEmpty();
    }

    @Test
    void onlyAdministratorsReachThePeopleView() {
        SignedInVaadin.as("ida", context);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PeopleView.class))
                .isInstanceOf(MockAccessDeniedException.class);

        SignedInVaadin.as("ada", context);
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(_find(PeopleView.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Add a person"))).hasSize(1);
    }

    private VerticalLayout cardOf(String title) {
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
