package dev.accord.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.domain.project.api.CountProjects;
import dev.accord.domain.project.api.FindProjectsPage;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.ProjectSummary;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The projects list pages, sorts and filters where the rows live (the demo history gives it five projects). */
@AccordIntegrationTest
class ProjectListQueriesIT {

    @Autowired
    QueryGateway queries;

    @Test
    void pagesAreSortedAndFilteredOnTheServer() {
        List<ProjectSummary> byTitle = page(new FindProjectsPage(null, null, "title", true, 0, 500));
        assertThat(byTitle).extracting(ProjectSummary::title).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        List<ProjectSummary> second = page(new FindProjectsPage(null, null, "title", true, 1, 1));
        assertThat(second).containsExactly(byTitle.get(1));

        List<ProjectSummary> rejected = page(new FindProjectsPage(null, ProjectStatus.REJECTED, null, false, 0, 50));
        assertThat(rejected).isNotEmpty().allMatch(project -> project.status() == ProjectStatus.REJECTED);

        List<ProjectSummary> warehouse = page(new FindProjectsPage("WAREHOUSE", null, null, false, 0, 50));
        assertThat(warehouse).extracting(ProjectSummary::title).contains("Data-warehouse migration");
        assertThat(queries.query(new CountProjects("warehouse", null), ResponseTypes.instanceOf(Long.class))
                        .join())
                .isEqualTo(warehouse.size());
        assertThat(page(new FindProjectsPage("_", null, null, false, 0, 50)))
                .as("a wildcard is taken literally: no title has an underscore")
                .isEmpty();

        List<ProjectSummary> newestFirst = page(new FindProjectsPage(null, null, "no such column", true, 0, 500));
        assertThat(newestFirst)
                .extracting(ProjectSummary::proposedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private List<ProjectSummary> page(FindProjectsPage query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(ProjectSummary.class))
                .join();
    }
}
