package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.Api;
import dev.accord.app.support.FiscalYears;
import dev.accord.app.support.PoisonedEvents;
import dev.accord.domain.operations.api.DeadLetter;
import dev.accord.domain.operations.api.FindDeadLetters;
import dev.accord.domain.operations.api.FindRebuildProgress;
import dev.accord.domain.operations.api.RebuildProgress;
import dev.accord.ui.operations.OperationsView;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator rebuilds the read models from the Operations page, and sees and handles the events read models
 * parked; nobody else reaches it.
 */
@AccordIntegrationTest
class OperationsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    QueryGateway queries;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void anAdministratorRebuildsAndSeesHowItWent() {
        SignedInVaadin.as("ada", context);
        UI.getCurrent().navigate(OperationsView.class);
        _click(_get(Button.class, spec -> spec.withId("rebuild-read-models")));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> queries.query(new FindRebuildProgress(), ResponseTypes.instanceOf(RebuildProgress.class))
                                .join()
                                .state()
                        == RebuildProgress.State.DONE);

        // The page follows a running rebuild through the browser's polls; one poll after the end shows how it went.
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(_get(Span.class, spec -> spec.withId("rebuild-status")).getText())
                .startsWith("Rebuilt from")
                .contains("started by Ada Quist");
    }

    @Test
    void anAdministratorSeesAParkedEventAndGivesUpOnItWithAReason() {
        Api api = new Api(http, json);
        String project = api.propose("ida", "Parked " + UUID.randomUUID(), "1000.00", FiscalYears.forProposalsOnly())
                .text("id");
        String poison = PoisonedEvents.appendCommentWithNul(api, jdbc, project);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> parked().stream()
                        .anyMatch(letter -> letter.eventIdentifier().equals(poison)));

        SignedInVaadin.as("ada", context);
        UI.getCurrent().navigate(OperationsView.class);
        @SuppressWarnings("unchecked")
        Grid<DeadLetter> grid = _get(Grid.class, spec -> spec.withId("parked-events"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).eventIdentifier().equals(poison))
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._get(grid, row).error()).contains("0x00");
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Give up…")));
        _setValue(_get(TextArea.class, spec -> spec.withId("eviction-reason")), "Written before NUL was refused");
        _click(_get(Button.class, spec -> spec.withId("confirm-eviction")));

        assertThat(parked()).noneMatch(letter -> letter.eventIdentifier().equals(poison));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.DeadLetterEvicted'
                        AND convert_from(payload, 'UTF8') LIKE ? AND convert_from(payload, 'UTF8') LIKE ?""")
                        .params("%" + poison + "%", "%Written before NUL was refused%")
                        .query(Long.class)
                        .single())
                .as("the ledger records the eviction and its reason")
                .isEqualTo(1);
    }

    private List<DeadLetter> parked() {
        return queries.query(new FindDeadLetters(), ResponseTypes.multipleInstancesOf(DeadLetter.class))
                .join();
    }

    @Test
    void aMemberCannotOpenOperations() {
        SignedInVaadin.as("ida", context);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OperationsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
