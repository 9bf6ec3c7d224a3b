package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.retrospective.api.DecisionLeadTime;
import dev.accord.domain.retrospective.api.YearProjectLine;
import dev.accord.ui.portfolio.PortfolioView;
import dev.accord.ui.project.ProjectView;
import dev.accord.ui.retrospective.ProjectRetrospectiveView;
import dev.accord.ui.retrospective.YearRetrospectiveView;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Server-side tests of the retrospective views on the demo history, reached the way users reach them. */
@AccordIntegrationTest
class RetrospectiveViewsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    QueryGateway queries;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void theProjectPageLeadsToItsRetrospectiveWithFiguresDecisionsAndDownloads() {
        UUID warehouse = demoProject("Data-warehouse migration");
        SignedInVaadin.as("vic", context);
        UI.getCurrent().navigate(ProjectView.class, warehouse.toString());
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withId("open-retrospective"))
                        .getHref());

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ProjectRetrospectiveView.class);
        assertThat(_get(H2.class, spec -> spec.withId("retrospective-title")).getText())
                .isEqualTo("Retrospective: Data-warehouse migration");
        // The demo: 420,000 requested and approved, raised to 520,000 after a reassessment; nine months of spend
        assertThat(figure("cost-requested")).contains("420,000.00");
        assertThat(figure("cost-first")).contains("420,000.00");
        assertThat(figure("cost-approved")).contains("520,000.00");
        assertThat(figure("cost-spend")).contains("482,000.00");
        assertThat(figure("count-reassessments")).isEqualTo("1");
        @SuppressWarnings("unchecked")
        Grid<DecisionLeadTime> decisions = _get(Grid.class, spec -> spec.withId("decisions"));
        List<DecisionLeadTime> rows = IntStream.range(0, GridKt._size(decisions))
                .mapToObj(row -> GridKt._get(decisions, row))
                .toList();
        assertThat(rows)
                .extracting(DecisionLeadTime::subject)
                .startsWith("Initial budget")
                .contains("Reassessment 1");
        // Proposed 2025-10-06 10:30, approved by IT on 2025-12-02 13:05
        assertThat(DecisionLeadTime.describe(rows.get(0).sinceProposal())).isEqualTo("57 d 2 h");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-csv")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("download-pdf")).getHref())
                .isNotBlank();
    }

    @Test
    void thePortfolioLeadsToTheYearsRetrospective() {
        SignedInVaadin.as("fay", context);
        UI.getCurrent().navigate(PortfolioView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = _get(ComboBox.class, spec -> spec.withId("fiscal-year"));
        _setValue(year, 2026);
        _click(_get(Button.class, spec -> spec.withId("open-year-retrospective")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(YearRetrospectiveView.class);
        assertThat(_get(H2.class, spec -> spec.withId("retrospective-title")).getText())
                .isEqualTo("Retrospective: fiscal year 2026");
        assertThat(figure("year-budget")).contains("3,500,000.00");
        @SuppressWarnings("unchecked")
        Grid<YearProjectLine> projects = _get(Grid.class, spec -> spec.withId("year-projects"));
        assertThat(IntStream.range(0, GridKt._size(projects)).mapToObj(row -> GridKt._get(projects, row)))
                .extracting(YearProjectLine::title)
                .contains("Data-warehouse migration", "Zero-trust network", "Customer-portal rebuild");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-pdf")).getHref())
                .isNotBlank();
    }

    private static String figure(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private UUID demoProject(String title) {
        return queries
                .query(new FindProjects(), ResponseTypes.multipleInstancesOf(ProjectSummary.class))
                .join()
                .stream()
                .filter(project -> project.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
