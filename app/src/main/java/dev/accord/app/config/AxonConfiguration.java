package dev.accord.app.config;

import dev.accord.app.command.LostRaces;
import dev.accord.app.command.ReadYourWrites;
import dev.accord.app.command.ReadYourWritesGateway;
import dev.accord.app.deadletters.Evictions;
import dev.accord.app.deadletters.ParkUnlessGivenUp;
import dev.accord.app.snapshots.AggregateLoading;
import dev.accord.app.snapshots.SnapshotOrEvents;
import dev.accord.domain.delegation.DelegationDesk;
import dev.accord.domain.delegation.DelegationRegister;
import dev.accord.domain.notification.NotificationInbox;
import dev.accord.domain.notification.NotificationMarks;
import dev.accord.domain.operations.DeadLetterAdministration;
import dev.accord.domain.operations.DeadLetterQueues;
import dev.accord.domain.operations.ReadModelMaintenance;
import dev.accord.domain.operations.ReadModelRebuilder;
import dev.accord.domain.people.UserAdministration;
import dev.accord.domain.people.UserDirectory;
import dev.accord.domain.portfolio.Portfolio;
import dev.accord.domain.portfolio.Portfolios;
import dev.accord.domain.project.ActualsImport;
import dev.accord.domain.project.Project;
import dev.accord.domain.tokens.ApiTokenStore;
import dev.accord.domain.tokens.ApiTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Axon on PostgreSQL through its JDBC storage engine (no JPA: no Hibernate large objects, no pooled sequences).
 * Table and column names are Accord's snake_case ones, created by Flyway (db/migration/V1).
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The aggregates and the domain's command handlers stay free of Spring; they are registered here. */
    @Bean
    ConfigurerModule aggregates(
            UserDirectory userDirectory,
            ApiTokenStore apiTokens,
            DelegationRegister delegations,
            NotificationMarks notificationMarks,
            ObjectProvider<ReadModelRebuilder> rebuilder,
            ObjectProvider<DeadLetterQueues> deadLetters,
            AggregateLoading loading,
            @Value("${accord.commands.lock-patience:PT1.5S}") Duration lockPatience) {
        return configurer -> configurer
                .configureAggregate(loading.configure(AggregateConfigurer.defaultConfiguration(Project.class)
                        .configureLockFactory(c -> boundedLockWait(lockPatience))))
                .configureAggregate(loading.configure(AggregateConfigurer.defaultConfiguration(Portfolio.class)
                        .configureLockFactory(c -> boundedLockWait(lockPatience))))
                .registerCommandHandler(c -> new UserAdministration(userDirectory, c.eventBus()))
                .registerCommandHandler(c -> new ApiTokens(apiTokens, c.eventBus(), Clock.systemUTC()))
                .registerCommandHandler(c -> new DelegationDesk(delegations, c.eventBus()))
                .registerCommandHandler(c -> new NotificationInbox(notificationMarks))
                .registerCommandHandler(c -> new ActualsImport(c.commandBus()))
                // Asked for only when Axon starts: the rebuilder itself needs Axon's processors.
                .registerCommandHandler(
                        c -> new ReadModelMaintenance(userDirectory, rebuilder.getObject(), c.eventBus()))
                .registerCommandHandler(
                        c -> new DeadLetterAdministration(userDirectory, deadLetters.getObject(), c.eventBus()));
    }

    /**
     * The fiscal years' portfolios, which a project's approve and ROI-case handlers take as a parameter (Axon resolves
     * it as a Spring bean) and load into the command's own unit of work. Lazy: Axon asks for it once its
     * configuration, and so the Portfolio repository, exists. A year without a business-case rule of its own holds
     * every initial budget until its business case is complete, unless the ledger is configured otherwise.
     */
    @Bean
    @Lazy
    Portfolios portfolios(
            org.axonframework.config.Configuration axon,
            @org.springframework.beans.factory.annotation.Value(
                            "${accord.approvals.initial-budget-needs-business-case:true}")
                    boolean initialBudgetNeedsBusinessCase) {
        return new Portfolios(
                axon.repository(Portfolio.class),
                new dev.accord.domain.approval.BusinessCaseRule(initialBudgetNeedsBusinessCase, null));
    }

    /**
     * Commands on one project (or fiscal year) take turns on its lock. A command that cannot have it within the
     * patience is refused as busy (409, try again) instead of queueing until a timeout: fifty members approving one
     * change at once all get an answer within seconds. Waiting for the lock holds no database connection (see
     * {@link dev.accord.app.database.ConnectionsOnFirstUse}).
     */
    private static LockFactory boundedLockWait(Duration patience) {
        int attemptMillis = 50;
        return PessimisticLockFactory.builder()
                .lockAttemptTimeout(attemptMillis)
                .acquireAttempts((int) Math.max(1, patience.toMillis() / attemptMillis))
                .build();
    }

    /**
     * Two nodes deciding on the same project or fiscal year at once meet the event table's unique
     * (aggregate, sequence) key; the loser's command is retried on fresh state, where the rules decide again
     * (a second approval of a decided change then becomes a conflict, never a second decision).
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ReadYourWrites readYourWrites) {
        return new ReadYourWritesGateway(
                DefaultCommandGateway.builder()
                        .commandBus(commandBus)
                        .retryScheduler(IntervalRetryScheduler.builder()
                                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                                // Only a lost race is worth another try; a refusal by the rules stays a refusal.
                                .nonTransientFailurePredicate(LostRaces::isNoPartOfALostRace)
                                .maxRetryCount(10)
                                .retryInterval(20)
                                .build()),
                readYourWrites);
    }

    /** Every projection keeps one project's events in order (see {@link ProjectionOrder}). */
    @Bean
    ConfigurerModule projectsInOrder(ApplicationContext context) {
        // Each group by name: Axon's Spring Boot support registers a policy of its own for every processor that
        // application.properties configures, which a default would not override.
        return configurer -> configurer.eventProcessing(processing -> processingGroups(context)
                .forEach(group -> processing.registerSequencingPolicy(group, c -> ProjectionOrder.BY_PROJECT)));
    }

    /**
     * A projection that cannot store an event parks it, with the project's later events, in a dead-letter queue in
     * PostgreSQL and goes on with every other project: one bad event must never stop the read models for everyone.
     * Nothing is skipped silently: parked events are listed under Operations and in the API until an administrator
     * hands them back (after a fix or an upcaster) or gives up on them with a reason, which the ledger records.
     * Each event's writes run in a savepoint ({@link dev.accord.app.deadletters.EachEventInASavepoint}), so a failed
     * statement does not abort the transaction the event is parked in.
     */
    @Bean
    ConfigurerModule projectionsParkWhatTheyCannotStore(
            DeadLetterSchema schema, ApplicationContext context, ObjectProvider<Evictions> evictions) {
        // Each group by name: Axon's Spring Boot support sets its own default provider (per-processor dlq.enabled).
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            processingGroups(context)
                    .forEach(group -> processing
                            .registerDeadLetterPolicy(group, c -> new ParkUnlessGivenUp(group, evictions.getObject()))
                            // A reset replays every event from the first, and parks again what still fails: what was
                            // parked
                            // before would otherwise hold back the project's earlier events too.
                            .registerDeadLetteringEventHandlerInvokerConfiguration(
                                    group, (c, invoker) -> invoker.allowReset(true))
                            .registerDeadLetterQueue(
                                    group,
                                    c -> JdbcSequencedDeadLetterQueue.builder()
                                            .processingGroup(group)
                                            .maxSequences(MAX_PARKED_PROJECTS)
                                            .connectionProvider(c.getComponent(ConnectionProvider.class))
                                            .transactionManager(c.getComponent(TransactionManager.class))
                                            .schema(schema)
                                            .genericSerializer(c.serializer())
                                            .eventSerializer(c.eventSerializer())
                                            .build()));
        });
    }

    /** The read models: every bean whose event handlers form a processing group (named as its processor). */
    public static Set<String> processingGroups(ApplicationContext context) {
        return Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> context.findAnnotationOnBean(name, ProcessingGroup.class)
                        .value())
                .collect(Collectors.toSet());
    }

    /** Axon's default is 1,024 projects per read model; past it a projection would stop again. */
    private static final int MAX_PARKED_PROJECTS = 1_000_000;

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
    EventStorageEngine eventStorageEngine(
            AggregateLoading loading,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration axonConfiguration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema) {
        return new SnapshotOrEvents(JdbcEventStorageEngine.builder()
                .snapshotSerializer(loading.snapshotSerializer())
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
                .gapCleaningThreshold(250));
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
