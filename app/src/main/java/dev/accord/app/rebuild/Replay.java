package dev.accord.app.rebuild;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Feeds the event stream, from a position to the end, to the same projection objects the live processors use, with
 * their writes going to the {@link ShadowReadModels}. Events are read in the store's order (global index) and
 * applied in chunks of {@value #CHUNK}. Each projection keeps its own tables and reads no other's (they are separate
 * processing groups), so the projections take a chunk at the same time, each in a transaction of its own: a
 * rebuild waits mostly on one-row statements' round trips to PostgreSQL, and those overlap.
 */
@Component
class Replay {

    static final int CHUNK = 1_000;

    private final EventStorageEngine events;
    private final ShadowReadModels shadow;
    private final ApplicationContext context;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "read-model-replay");
        thread.setDaemon(true);
        return thread;
    });

    Replay(EventStorageEngine events, ShadowReadModels shadow, ApplicationContext context) {
        this.events = events;
        this.shadow = shadow;
        this.context = context;
    }

    /**
     * Replays every event after {@code from} (null: from the first) that is in the store now.
     *
     * @param replayed told the number of events replayed after each chunk
     * @return the position of the last event replayed, or {@code from} if there was none
     */
    TrackingToken fromTo(TrackingToken from, LongConsumer replayed) {
        List<AnnotationEventHandlerAdapter> projections = projections();
        TrackingToken position = from;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            List<TrackedEventMessage<?>> chunk = new ArrayList<>(CHUNK);
            while (iterator.hasNext()) {
                // Read outside the write transaction: the event table is not on that transaction's search path.
                chunk.add(iterator.next());
                if (chunk.size() == CHUNK || !iterator.hasNext()) {
                    apply(chunk, projections);
                    position = chunk.get(chunk.size() - 1).trackingToken();
                    replayed.accept(chunk.size());
                    chunk.clear();
                }
            }
        }
        return position;
    }

    private void apply(List<TrackedEventMessage<?>> chunk, List<AnnotationEventHandlerAdapter> projections) {
        List<Future<?>> running = projections.stream()
                .<Future<?>>map(projection -> workers.submit(() -> apply(chunk, projection)))
                .toList();
        for (Future<?> projection : running) {
            try {
                projection.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while replaying", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException("Replaying failed", e.getCause());
            }
        }
    }

    private void apply(List<TrackedEventMessage<?>> chunk, AnnotationEventHandlerAdapter projection) {
        // The projections tell open views about what they write. These rows are not live yet, so their messages are
        // held in a unit of work that is rolled back, never committed: Axon sends such messages only after commit.
        UnitOfWork<?> heldBack = DefaultUnitOfWork.startAndGet(null);
        try {
            shadow.writeInside(() -> chunk.forEach(event -> handle(projection, event)));
        } finally {
            heldBack.rollback();
        }
    }

    private static void handle(AnnotationEventHandlerAdapter projection, EventMessage<?> event) {
        if (!projection.canHandle(event)) {
            return;
        }
        try {
            projection.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Replaying " + event.getPayloadType().getSimpleName() + " failed", e);
        }
    }

    /** Every object whose event handlers keep a read model: the members of a processing group. */
    private List<AnnotationEventHandlerAdapter> projections() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(AnnotationEventHandlerAdapter::new)
                .toList();
    }
}
