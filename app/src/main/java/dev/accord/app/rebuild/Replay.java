package dev.accord.app.rebuild;

import dev.accord.app.config.ProjectionOrder;
import dev.accord.app.deadletters.Evictions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Feeds the event stream, from a position to the end, to the same projection objects the live processors use, with
 * their writes going to the {@link ShadowReadModels}. Events are read in the store's order (global index) and
 * applied in chunks of {@value #CHUNK}. Each projection keeps its own tables and reads no other's (they are separate
 * processing groups), so the projections take a chunk at the same time, and each projection's share in segments
 * as its processor would ({@link #segments}), each part in a transaction of its own with its writes sent in
 * batches. Meanwhile the next chunk is read and deserialized. What a projection must keep to for this to be right
 * is written down in this package's documentation.
 */
@Component
class Replay {

    static final int CHUNK = 1_000;
    /** Into how many parts, at most, a projection's share of a chunk is split, where its sequencing policy allows. */
    static final int SEGMENTS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Each writes in a transaction of its own: as many connections, at most, as the rebuild takes from the pool. */
    private static final int WRITERS = SEGMENTS + 4;

    private final EventStorageEngine events;
    private final ShadowReadModels shadow;
    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;
    private final Evictions evictions;
    /** Fewer events than this are not worth a segment (a transaction) of their own. */
    private final int eventsPerSegment;

    private final ExecutorService workers = Executors.newFixedThreadPool(WRITERS, runnable -> {
        Thread thread = new Thread(runnable, "read-model-replay");
        thread.setDaemon(true);
        return thread;
    });

    Replay(
            EventStorageEngine events,
            ShadowReadModels shadow,
            ApplicationContext context,
            EventProcessingConfiguration processing,
            Evictions evictions,
            @Value("${accord.rebuild.events-per-segment:250}") int eventsPerSegment) {
        this.events = events;
        this.shadow = shadow;
        this.context = context;
        this.processing = processing;
        this.evictions = evictions;
        this.eventsPerSegment = Math.max(1, eventsPerSegment);
    }

    /**
     * Replays every event after {@code from} (null: from the first) that is in the store now.
     *
     * @param replayed told the number of events replayed after each chunk
     * @return the position of the last event replayed, or {@code from} if there was none
     */
    TrackingToken fromTo(TrackingToken from, LongConsumer replayed) {
        List<Projection> projections = projections();
        Applying applying = new Applying(CompletableFuture.completedFuture(null), 0, from);
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            List<TrackedEventMessage<?>> chunk = new ArrayList<>(CHUNK);
            while (iterator.hasNext()) {
                // Read outside the write transactions: the event table is not on their search path. The payload is
                // deserialized here, while the projections are still writing the chunk before.
                TrackedEventMessage<?> event = iterator.next();
                event.getPayload();
                chunk.add(event);
                if (chunk.size() == CHUNK || !iterator.hasNext()) {
                    await(applying, replayed);
                    applying = new Applying(
                            apply(List.copyOf(chunk), projections),
                            chunk.size(),
                            chunk.get(chunk.size() - 1).trackingToken());
                    chunk.clear();
                }
            }
        }
        await(applying, replayed);
        return applying.upTo();
    }

    /** A chunk the projections are writing: how many events, and the position of its last. */
    private record Applying(CompletableFuture<Void> done, int events, TrackingToken upTo) {}

    private static void await(Applying applying, LongConsumer replayed) {
        try {
            applying.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("Replaying failed", e.getCause());
        }
        if (applying.events() > 0) {
            replayed.accept(applying.events());
        }
    }

    private CompletableFuture<Void> apply(List<TrackedEventMessage<?>> chunk, List<Projection> projections) {
        return CompletableFuture.allOf(projections.stream()
                .flatMap(projection -> segments(chunk, projection).stream()
                        .map(segment -> CompletableFuture.runAsync(
                                () -> apply(segment.events(), segment.of(), projection.handlers()), workers)))
                .toArray(CompletableFuture[]::new));
    }

    /**
     * The chunk's events this projection handles, split into Axon's segments and matched to them by Axon, with the
     * sequencing policy the projection's processor uses ({@link ProjectionOrder#BY_PROJECT} by default): one project's
     * events stay in one segment, in the store's order, and no projection shares rows across projects. Each part can
     * then be written on its own.
     */
    private List<Part> segments(List<TrackedEventMessage<?>> chunk, Projection projection) {
        List<TrackedEventMessage<?>> handled = chunk.stream()
                .filter(event -> !projection.doneWithout().contains(event.getIdentifier()))
                .filter(event -> projection.handlers().canHandle(event, Segment.ROOT_SEGMENT))
                .toList();
        int count = Math.max(1, Math.min(SEGMENTS, handled.size() / eventsPerSegment));
        return Segment.splitBalanced(Segment.ROOT_SEGMENT, count - 1).stream()
                .map(segment -> new Part(
                        segment,
                        handled.stream()
                                .filter(event -> projection.handlers().canHandle(event, segment))
                                .<EventMessage<?>>map(event -> event)
                                .toList()))
                .filter(part -> !part.events().isEmpty())
                .toList();
    }

    /** A projection's events of one segment, in the store's order. */
    private record Part(Segment of, List<EventMessage<?>> events) {}

    private void apply(List<EventMessage<?>> events, Segment segment, EventHandlerInvoker projection) {
        // The projections tell open views (on every node) about what they write. These rows are not live yet, so what
        // they tell is held in a unit of work that is rolled back, never committed: LiveUpdates sends only on commit.
        UnitOfWork<?> heldBack = DefaultUnitOfWork.startAndGet(null);
        try {
            shadow.writeInside(() -> events.forEach(event -> handle(projection, event, segment)));
        } finally {
            heldBack.rollback();
        }
    }

    private static void handle(EventHandlerInvoker projection, EventMessage<?> event, Segment segment) {
        try {
            projection.handle(event, segment);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Replaying " + event.getPayloadType().getSimpleName() + " failed", e);
        }
    }

    /**
     * A projection's handlers, invoked as Axon invokes them, with the sequencing policy that says which of its events
     * must stay in order, and the events it does without: those an administrator gave up on and those parked now. The
     * live read model has not taken them, and neither does its rebuild; a parked event handed back later goes to the
     * rebuilt tables.
     */
    private record Projection(EventHandlerInvoker handlers, Set<String> doneWithout) {}

    /** Every object whose event handlers keep a read model: the members of a processing group. */
    private List<Projection> projections() {
        Map<String, Set<String>> doneWithout = evictions.doneWithoutByProcessingGroup();
        return context.getBeansWithAnnotation(ProcessingGroup.class).entrySet().stream()
                .map(bean -> {
                    String group = context.findAnnotationOnBean(bean.getKey(), ProcessingGroup.class)
                            .value();
                    return new Projection(
                            SimpleEventHandlerInvoker.builder()
                                    .eventHandlers(bean.getValue())
                                    .sequencingPolicy(processing.sequencingPolicy(group))
                                    .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                                    .build(),
                            doneWithout.getOrDefault(group, Set.of()));
                })
                .toList();
    }
}
