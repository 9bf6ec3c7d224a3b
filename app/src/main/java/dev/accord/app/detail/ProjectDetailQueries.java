package dev.accord.app.detail;

import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.ProjectDetail;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class ProjectDetailQueries {

    private final ProjectDetails details;

    ProjectDetailQueries(ProjectDetails details) {
        this.details = details;
    }

    @QueryHandler
    Optional<ProjectDetail> handle(FindProjectDetail query) {
        return details.find(query.projectId());
    }
}
