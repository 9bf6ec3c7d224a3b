package dev.accord.app.snapshots;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Snapshots of the event-sourced aggregates, and the aggregate cache (see {@link AggregateLoading}). */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {

    /**
     * Not a {@link org.axonframework.serialization.Serializer} bean: Axon's Spring Boot support would take any
     * further serializer bean for the general one and then make none of its own.
     */
    @Bean
    AggregateLoading aggregateLoading(
            ObjectMapper json,
            RevisionResolver revisions,
            @Value("${accord.snapshots.every:100}") int snapshotEvery,
            @Value("${accord.aggregate-cache.enabled:false}") boolean cache) {
        JacksonSerializer snapshots = JacksonSerializer.builder()
                .objectMapper(SnapshotJson.of(json))
                .revisionResolver(revisions)
                .build();
        return new AggregateLoading(snapshotEvery, cache, snapshots);
    }

    /**
     * Axon's Spring Boot snapshotter finds aggregates only among Spring beans, and Accord's are registered with Axon's
     * configuration instead (they stay free of Spring), so it would know none. This one knows every aggregate Axon
     * was given, as Axon's own configuration builds it without Spring.
     */
    @Bean
    ConfigurerModule snapshotterForEveryAggregate() {
        return configurer -> configurer.configureSnapshotter(c -> {
            List<AggregateConfiguration<?>> aggregates = c.findModules(AggregateConfiguration.class).stream()
                    .<AggregateConfiguration<?>>map(module -> module)
                    .toList();
            List<AggregateFactory<?>> factories = aggregates.stream()
                    .<AggregateFactory<?>>map(AggregateConfiguration::aggregateFactory)
                    .toList();
            return AggregateSnapshotter.builder()
                    .eventStore(c.eventStore())
                    .transactionManager(c.getComponent(TransactionManager.class))
                    .aggregateFactories(factories)
                    .repositoryProvider(c::repository)
                    .parameterResolverFactory(c.parameterResolverFactory())
                    .handlerDefinition(c.handlerDefinition(aggregates.get(0).aggregateType()))
                    .spanFactory(c.getComponent(SnapshotterSpanFactory.class))
                    .build();
        });
    }
}
