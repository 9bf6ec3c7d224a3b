package dev.accord.app.live;

import dev.accord.app.config.AxonConfiguration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every projection's processor tells every node of its commits ({@link ReadModelCommits}). */
@Configuration(proxyBeanMethods = false)
public class LiveConfiguration {

    /** Asks for the commits' teller only when Axon builds the processors: it needs Axon's update emitter. */
    @Bean
    ConfigurerModule projectionsTellTheirCommits(ApplicationContext context, ObjectProvider<ReadModelCommits> commits) {
        return configurer -> configurer.eventProcessing(processing -> AxonConfiguration.processingGroups(context)
                .forEach(group -> processing.registerHandlerInterceptor(
                        group, c -> commits.getObject().tellingCommitsOf(group))));
    }
}
