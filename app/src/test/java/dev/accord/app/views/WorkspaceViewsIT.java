package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.ui.base.Loading;
import dev.accord.ui.portfolio.PortfolioView;
import dev.accord.ui.project.ProjectsView;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Server-side tests of the portfolio and projects views on the demo history. */
@AccordIntegrationTest
class WorkspaceViewsIT {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void thePortfolioShowsTheYearsFiguresAndRanksItsProjectsByRoi() {
        SignedInVaadin.as("finn", context);
        UI.getCurrent().navigate(PortfolioView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = _get(ComboBox.class, spec -> spec.withId("fiscal-year"));
        _setValue(year, 2026);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(_get(Span.class, spec -> spec.withId("year-budget")).getText())
                    .contains("3,500,000.00");
        });
        assertThat(_find(Loading.class))
                .as("the figures took the loading bar's place")
                .isEmpty();
        // Other tests may propose in the current year too, so the demo's own figures are checked as a floor.
        assertThat(_get(Span.class, spec -> spec.withId("allocated")).getText()).isNotBlank();
        @SuppressWarnings("unchecked")
        Grid<RankedProject> ranking = _get(Grid.class, spec -> spec.withId("ranking"));
        java.util.List<RankedProject> rows = java.util.stream.IntStream.range(0, GridKt._size(ranking))
                .mapToObj(row -> GridKt._get(ranking, row))
                .toList();
        assertThat(rows)
                .extracting(RankedProject::title)
                .contains("Customer-portal rebuild", "Data-warehouse migration", "Zero-trust network")
                .doesNotContain("Expense-tool replacement");
        assertThat(rows.stream()
                        .map(RankedProject::roiPercent)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .as("ranked by ROI")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theProjectsListFiltersOnTheServerAndOnlySidesMayPropose() {
        SignedInVaadin.as("fay", context);
        UI.getCurrent().navigate(ProjectsView.class);
        @SuppressWarnings("unchecked")
        Grid<ProjectSummary> projects = _get(Grid.class, spec -> spec.withId("projects"));
        int all = GridKt._size(projects);
        assertThat(all).isGreaterThanOrEqualTo(5);
        _setValue(_get(TextField.class, spec -> spec.withId("projects-title-filter")), "zero-TRUST");
        java.util.List<ProjectSummary> matching = java.util.stream.IntStream.range(0, GridKt._size(projects))
                .mapToObj(row -> GridKt._get(projects, row))
                .toList();
        assertThat(matching.size()).isLessThan(all);
        assertThat(matching).allMatch(project -> project.title().toLowerCase().contains("zero-trust"));
        assertThat(matching)
                .anyMatch(project ->
                        project.title().equals("Zero-trust network") && project.status() == ProjectStatus.ACTIVE);
        assertThat(_find(Button.class, spec -> spec.withId("propose-project"))).hasSize(1);

        _setValue(_get(TextField.class, spec -> spec.withId("projects-title-filter")), "No project is called this");
        assertThat(GridKt._size(projects)).isZero();
        assertThat(projects.getEmptyStateText())
                .isEqualTo("No projects match these filters. Clear them to see " + "every project.");

        SignedInVaadin.as("vic", context);
        UI.getCurrent().navigate(ProjectsView.class);
        // Karibu finds visible components only: the button is there for sides, hidden for a viewer.
        assertThat(_find(Button.class, spec -> spec.withId("propose-project")))
                .as("a viewer is not offered what the server would refuse")
                .isEmpty();
    }
}
