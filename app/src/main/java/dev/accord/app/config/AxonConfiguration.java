package dev.accord.app.config;

import dev.accord.app.portfolio.PortfolioProjection;
import dev.accord.domain.operations.ReadModelMaintenance;
import dev.accord.domain.operations.ReadModelRebuilder;
import dev.accord.domain.people.UserAdministration;
import dev.accord.domain.people.UserDirectory;
import dev.accord.domain.portfolio.Portfolio;
import dev.accord.domain.project.JointDecisions;
import dev.accord.domain.project.Project;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;

/**
 * Axon on PostgreSQL through its JDBC storage engine (no JPA: no Hibernate large objects, no pooled sequences).
 * Table and column names are Accord's snake_case ones, created by Flyway (db/migration/V1).
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The aggregates and the domain's command handlers stay free of Spring; they are registered here. */
    @Bean
    ConfigurerModule aggregates(UserDirectory userDirectory, ObjectProvider<ReadModelRebuilder> rebuilder) {
        return configurer -> configurer
                .configureAggregate(Project.class)
                .configureAggregate(Portfolio.class)
                .registerCommandHandler(c -> new JointDecisions(c.repository(Project.class),
                        c.repository(Portfolio.class)))
                .registerCommandHandler(c -> new UserAdministration(userDirectory, c.eventBus()))
                // Asked for only when Axon starts: the rebuilder itself needs Axon's processors.
                .registerCommandHandler(c -> new ReadModelMaintenance(userDirectory, rebuilder.getObject(),
                        c.eventBus()));
    }

    /**
     * Two nodes deciding on the same project or fiscal year at once meet the event table's unique
     * (aggregate, sequence) key; the loser's command is retried on fresh state, where the rules decide again
     * (a second approval of a decided change then becomes a conflict, never a second decision).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                        // Only a lost race is worth another try; a refusal by the rules stays a refusal.
                        .nonTransientFailurePredicate(failure -> !isLostRace(failure))
                        .maxRetryCount(10)
                        .retryInterval(20)
                        .build())
                .build();
    }

    /**
     * The portfolio projection takes every event in the order it was stored, however many segments its processor
     * gets and when a rebuild replays projections in parallel. Its rows are shared across aggregates: a year's
     * allocation (a Portfolio event) writes into the row its project's proposal created, and every project of a
     * year creates that year's row if it is missing. Two segments doing so in different orders deadlock. The other
     * projections keep Axon's default: one project's events in order.
     */
    @Bean
    ConfigurerModule portfolioInStoreOrder() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy(PortfolioProjection.PROCESSING_GROUP, c -> new SequentialPolicy()));
    }

    /**
     * A projection that fails on an event stops and retries from that event (with back-off) instead of
     * logging and moving on: a read model must never silently lack an event.
     */
    @Bean
    ConfigurerModule projectionsRetryInsteadOfSkipping() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    private static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axonConfiguration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                // Events are read 1,000 to a query (Axon's default is 100): an as-of view folds a project's whole
                // stream and a rebuild reads them all, and each query is a round trip (see ops/README.md).
                .batchSize(1_000)
                // Gaps: the database hands out global indexes one committed append at a time (see the trigger in
                // V1__create_event_store.sql), so a gap the reader sees is a rolled-back append and stays empty.
                // Forgetting it after the timeout is therefore safe; the defaults below are stated on purpose.
                .lowestGlobalSequence(1)
                .maxGapOffset(10_000)
                .gapTimeout(60_000)
                .gapCleaningThreshold(250)
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
