package dev.accord.app.scenario;

import dev.accord.domain.project.Project;
import dev.accord.domain.project.ProjectStandings;
import dev.accord.domain.scenario.ProjectLookup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** What the year's scenarios need beside their aggregate, which AxonConfiguration registers with the others. */
@Configuration(proxyBeanMethods = false)
class ScenarioConfiguration {

    /**
     * Where the projects a scenario names stand, which the year's scenarios check as they save one (Axon resolves it
     * as a Spring bean): each project loaded from its events into the command's unit of work. Lazy, as the
     * portfolios are: Axon asks for it once its configuration, and so the Project repository, exists.
     */
    @Bean
    @Lazy
    ProjectLookup projectLookup(org.axonframework.config.Configuration axon) {
        ProjectStandings standings = new ProjectStandings(axon.repository(Project.class));
        return standings::of;
    }
}
