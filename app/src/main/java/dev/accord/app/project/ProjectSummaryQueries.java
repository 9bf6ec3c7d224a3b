package dev.accord.app.project;

import dev.accord.domain.project.api.CountProjects;
import dev.accord.domain.project.api.FindProject;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.FindProjectsPage;
import dev.accord.domain.project.api.ProjectSummary;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the project-list queries from the project_summary read model. */
@Component
class ProjectSummaryQueries {

    private final ProjectSummaries summaries;

    ProjectSummaryQueries(ProjectSummaries summaries) {
        this.summaries = summaries;
    }

    @QueryHandler
    List<ProjectSummary> handle(FindProjects query) {
        return summaries.all();
    }

    @QueryHandler
    List<ProjectSummary> handle(FindProjectsPage query) {
        return summaries.page(query);
    }

    @QueryHandler
    Long handle(CountProjects query) {
        return summaries.count(query);
    }

    @QueryHandler
    Optional<ProjectSummary> handle(FindProject query) {
        return summaries.find(query.projectId());
    }
}
