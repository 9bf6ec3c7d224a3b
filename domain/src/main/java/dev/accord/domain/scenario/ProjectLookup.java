package dev.accord.domain.scenario;

import dev.accord.domain.project.api.ProjectStanding;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the projects a scenario names stand, which its rules check before it is saved. The application answers from
 * each project's own events ({@link dev.accord.domain.project.ProjectStandings}); tests answer as they need.
 */
@FunctionalInterface
public interface ProjectLookup {

    /** Empty when there is no such project. */
    Optional<ProjectStanding> standing(UUID projectId);
}
