package dev.accord.domain.project;

import dev.accord.domain.project.api.ProjectStanding;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * The projects as another aggregate's commands see them: each call loads the {@link Project} into the command's own
 * unit of work, as {@link dev.accord.domain.portfolio.Portfolios} loads a year, so a rule decides on the project as
 * its events say it stands, not on a read model that may lag behind.
 */
public final class ProjectStandings {

    private final Repository<Project> repository;

    public ProjectStandings(Repository<Project> repository) {
        this.repository = repository;
    }

    /** The project's year, state and currency; empty when there is no such project. */
    public Optional<ProjectStanding> of(UUID projectId) {
        if (projectId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(repository
                    .load(projectId.toString())
                    .invoke(project -> new ProjectStanding(
                            project.id(), project.fiscalYear(), project.status(), project.currency())));
        } catch (AggregateNotFoundException noSuchProject) {
            return Optional.empty();
        }
    }
}
