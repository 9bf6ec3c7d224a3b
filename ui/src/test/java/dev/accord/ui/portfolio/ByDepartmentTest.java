package dev.accord.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import dev.accord.domain.portfolio.api.DepartmentTotal;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.RankingScore;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import dev.accord.ui.project.ProjectView;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The year read by requesting department: its totals, and the ranking of one department's projects when chosen. */
class ByDepartmentTest {

    private final RankingGrid ranking = new RankingGrid();
    private ByDepartment byDepartment;

    @BeforeEach
    void setUp() {
        // The ranking links each project to its page.
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(ProjectView.class)), new HashSet<>(), true));
        byDepartment = new ByDepartment(ranking);
        UI.getCurrent().add(byDepartment, ranking);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theYearIsTotalledByDepartmentAndAChosenDepartmentsProjectsAreRanked() {
        byDepartment.show(year());

        var totals = departments();
        assertThat(GridKt._size(totals)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(totals, 2)).startsWith("No department", "1");
        assertThat(GridKt._get(totals, 1).allocated()).isEqualTo(eur("300000"));
        assertThat(rankedTitles()).containsExactly("Robots", "Billing", "Scanners", "Intranet");

        totals.select(GridKt._get(totals, 1));
        assertThat(rankedTitles()).containsExactly("Robots", "Scanners");

        byDepartment.show(year());
        assertThat(rankedTitles())
                .as("still chosen when the year is read again")
                .containsExactly("Robots", "Scanners");

        totals.deselectAll();
        assertThat(rankedTitles()).hasSize(4);
    }

    private static PortfolioSummary year() {
        return new PortfolioSummary(
                2030,
                null,
                eur("300000"),
                null,
                null,
                null,
                null,
                YearRankingWeights.NONE_SET,
                List.of(
                        project(1, "Robots", "Logistics"),
                        project(2, "Billing", "Finance"),
                        project(3, "Scanners", "Logistics"),
                        project(4, "Intranet", null)),
                List.of(),
                List.of(
                        new DepartmentTotal("Finance", 1, eur("150000"), eur("0"), eur("0")),
                        new DepartmentTotal("Logistics", 2, eur("350000"), eur("300000"), eur("1000")),
                        new DepartmentTotal(null, 1, eur("20000"), eur("0"), eur("0"))));
    }

    private static RankedProject project(int rank, String title, String department) {
        return new RankedProject(
                rank,
                UUID.randomUUID(),
                title,
                ProjectStatus.PROPOSED,
                eur("100000"),
                eur("0"),
                eur("0"),
                null,
                null,
                null,
                true,
                department,
                null,
                new RankingScore(BigDecimal.ZERO, List.of()));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private List<String> rankedTitles() {
        return IntStream.range(0, GridKt._size(ranking))
                .mapToObj(i -> GridKt._get(ranking, i).title())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<DepartmentTotal> departments() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(
                byDepartment, com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("department-totals"));
    }
}
