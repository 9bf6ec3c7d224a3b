package dev.accord.app.cluster;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several nodes on one database, with Axon's own means: each node claims segments of the projections in the shared
 * token store (under a name of its own, {@link ThisNode}), and hears of other nodes' appends through PostgreSQL
 * notifications ({@link AppendNotices}).
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    /**
     * Axon's embedded event store, as Axon's Spring Boot support makes it, but one that another node's append can
     * wake. The fetch delay stays Axon's default second: it only matters when a notice is missed.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    WakeableEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(1_000));
    }

    /**
     * The token store beside the read models, as Axon's Spring Boot support makes it, but owned under this node's own
     * name: Axon's default name is the JVM's (process id and host), which two Accords in one JVM, or two containers
     * whose Accord is process 1 on hosts of one name, would share, and both would process the same segments.
     */
    @Bean
    TokenStore tokenStore(
            ConnectionProvider connections,
            Serializer serializer,
            TokenSchema schema,
            ThisNode node,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(schema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.name())
                .build();
    }
}
