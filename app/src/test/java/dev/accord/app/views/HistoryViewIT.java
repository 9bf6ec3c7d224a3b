package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.Api.Answer;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.project.api.TimelineEntry;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The project page looking at its past: stepping through the history, a moment by date, a decision's context. */
@AccordIntegrationTest
class HistoryViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    String id;

    @BeforeEach
    void anApprovedProject() {
        Api api = new Api(http, json);
        Answer proposed = api.propose(
                "ida", "Meeting-room screens " + UUID.randomUUID(), "40000.00", FiscalYears.withoutBudget());
        id = proposed.text("id");
        for (String approver : new String[] {"fay", "ivo"}) {
            assertThat(api.as(approver)
                            .post(
                                    "/api/projects/" + id + "/changes/" + proposed.text("changeId") + "/approvals",
                                    "{\"version\": 1}")
                            .status())
                    .isEqualTo(200);
        }
        SignedInVaadin.as("finn", context);
        UI.getCurrent().navigate("projects/" + id);
    }

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void steppingThroughTheHistoryShowsTheProjectAsItStoodAfterEachStep() {
        assertThat(status()).isEqualTo("Active");
        assertThat(requestChangeOffered()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("replay-back")));
        assertThat(text("replay-position"))
                .as("back from today: the latest step")
                .startsWith("Step 5 of 5");
        assertThat(status()).isEqualTo("Active");
        _click(_get(Button.class, spec -> spec.withId("back-to-today")));

        _click(_get(Button.class, spec -> spec.withId("replay-forward")));
        assertThat(text("replay-position")).startsWith("Step 1 of 5");
        assertThat(status()).isEqualTo("Proposed");
        assertThat(text("approved-budget")).isEqualTo("\u2014");
        assertThat(_get(Span.class, spec -> spec.withId("as-of-banner")).isVisible())
                .isTrue();
        assertThat(requestChangeOffered()).as("the past cannot be changed").isFalse();

        _click(_get(Button.class, spec -> spec.withId("replay-forward")));
        _click(_get(Button.class, spec -> spec.withId("replay-forward")));
        assertThat(text("replay-position")).startsWith("Step 3 of 5");
        assertThat(status()).as("one approval is not enough").isEqualTo("Proposed");
        _click(_get(Button.class, spec -> spec.withId("replay-forward")));
        _click(_get(Button.class, spec -> spec.withId("replay-forward")));
        assertThat(text("replay-position")).startsWith("Step 5 of 5");
        assertThat(status()).isEqualTo("Active");
        assertThat(text("approved-budget")).contains("40,000.00");
        _click(_get(Button.class, spec -> spec.withId("replay-back")));
        assertThat(status()).isEqualTo("Proposed");

        _click(_get(Button.class, spec -> spec.withId("back-to-today")));
        assertThat(status()).isEqualTo("Active");
        assertThat(_find(Span.class, spec -> spec.withId("as-of-banner"))).isEmpty();
        assertThat(requestChangeOffered()).isTrue();
    }

    @Test
    void aMomentBeforeTheProposalSaysTheProjectDidNotExistYet() {
        _setValue(
                _get(DateTimePicker.class, spec -> spec.withId("as-of")),
                LocalDateTime.now().minusYears(5));
        assertThat(NotificationsKt.getNotifications())
                .anyMatch(
                        n -> String.valueOf(n.getElement().getProperty("text")).contains("had not been proposed yet"));
        assertThat(status()).isEqualTo("Active");

        _setValue(
                _get(DateTimePicker.class, spec -> spec.withId("as-of")),
                LocalDateTime.now().plusMinutes(1));
        assertThat(_get(Span.class, spec -> spec.withId("as-of-banner")).getText())
                .startsWith("As it stood at");
        assertThat(status()).isEqualTo("Active");
    }

    @Test
    void aDecisionsEntryOpensWhatWasOnTheTable() {
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        int row = IntStream.range(0, GridKt._size(timeline))
                .filter(i -> GridKt._get(timeline, i).type().equals("ChangeTookEffect"))
                .findFirst()
                .orElseThrow();
        _click((Button) GridKt._getCellComponent(timeline, row, "decision"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-summary"))
                        .getText())
                .startsWith("The initial budget of EUR 40,000.00 took effect");
        assertThat(text("hindsight-budget-then")).contains("40,000.00");
        assertThat(text("hindsight-status")).isEqualTo("Active");
    }

    private static boolean requestChangeOffered() {
        return !_find(Button.class, spec -> spec.withId("request-change")).isEmpty();
    }

    private static String status() {
        return text("project-status");
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
