package dev.accord.app.rebuild;

import dev.accord.app.cluster.DatabaseNotifications;
import dev.accord.app.cluster.ThisNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pauses the projections of every node while a rebuild switches to its new read models, and starts them again after.
 * The rebuilding node holds the {@link RebuildLock}, tells the others to stop (a notification), and waits until no
 * node holds a claim on any projection's segment; then it alone writes their tokens. The others start again when told,
 * or as soon as they see the lock free (the rebuilding node finished, or died), whichever comes first; a node that
 * starts while a rebuild switches waits the same way.
 */
@Component
class ProjectionsPause {

    static final String CHANNEL = "accord_rebuild";
    private static final Duration CLAIMS_LET_GO_WITHIN = Duration.ofSeconds(30);
    private static final long LOOK_AGAIN_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(ProjectionsPause.class);

    private final EventProcessingConfiguration processing;
    private final DatabaseNotifications notifications;
    private final RebuildLock lock;
    private final JdbcClient jdbc;
    private final ThisNode node;
    private final Duration claimTimeout;
    private final ScheduledExecutorService told = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projections-pause");
        thread.setDaemon(true);
        return thread;
    });
    /** Whether this node's projections stand still for another node's rebuild (only touched on {@link #told}). */
    private boolean pausedForAnother;

    ProjectionsPause(
            EventProcessingConfiguration processing,
            DatabaseNotifications notifications,
            RebuildLock lock,
            JdbcClient jdbc,
            ThisNode node,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.processing = processing;
        this.notifications = notifications;
        this.lock = lock;
        this.jdbc = jdbc;
        this.node = node;
        this.claimTimeout = claimTimeout;
        notifications.listen(CHANNEL, this::heard);
    }

    /** On the rebuilding node, holding the lock: stops every node's projections and returns once none holds a claim. */
    void everywhere(List<StreamingEventProcessor> projections) {
        notifications.send(CHANNEL, "pause " + node.name());
        stop(projections);
        long deadline = System.nanoTime() + CLAIMS_LET_GO_WITHIN.toNanos();
        List<String> holders = holders();
        while (!holders.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Nodes " + holders + " did not pause their projections within "
                        + CLAIMS_LET_GO_WITHIN.toSeconds() + " s; the rebuild does not switch");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            holders = holders();
        }
    }

    /** On the rebuilding node: starts its projections and tells the others to start theirs. */
    void resumeEverywhere(List<StreamingEventProcessor> projections) {
        projections.forEach(StreamingEventProcessor::start);
        notifications.send(CHANNEL, "resume " + node.name());
    }

    /** A node that starts while another one switches to rebuilt read models waits until it is done. */
    @EventListener(ApplicationReadyEvent.class)
    void waitIfARebuildSwitches() {
        told.execute(() -> {
            if (lock.heldAnywhere() && holders().stream().allMatch(node.name()::equals)) {
                pauseForAnother();
            }
        });
    }

    private void heard(String message) {
        String[] parts = message.split(" ", 2);
        if (parts.length < 2 || node.name().equals(parts[1])) {
            return;
        }
        switch (parts[0]) {
            case "pause" -> told.execute(this::pauseForAnother);
            case "resume" -> told.execute(this::resumeAfterAnother);
            default -> log.warn("Unknown word on {}: {}", CHANNEL, message);
        }
    }

    private void pauseForAnother() {
        if (pausedForAnother) {
            return;
        }
        pausedForAnother = true;
        log.info("Pausing this node's projections while another node switches to rebuilt read models");
        stop(projections());
        told.schedule(this::resumeOnceTheLockIsFree, LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void resumeOnceTheLockIsFree() {
        if (!pausedForAnother) {
            return;
        }
        boolean rebuilding;
        try {
            rebuilding = lock.heldAnywhere();
        } catch (RuntimeException e) {
            rebuilding = true; // the database is out of reach: look again later
        }
        if (rebuilding) {
            told.schedule(this::resumeOnceTheLockIsFree, LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            resumeAfterAnother();
        }
    }

    private void resumeAfterAnother() {
        if (!pausedForAnother) {
            return;
        }
        pausedForAnother = false;
        log.info("Starting this node's projections again after another node's rebuild");
        projections().forEach(StreamingEventProcessor::start);
    }

    /** Stops the projections side by side: each waits up to a second for its workers to leave the event stream. */
    private static void stop(List<StreamingEventProcessor> projections) {
        CompletableFuture.allOf(projections.stream()
                        .map(StreamingEventProcessor::shutdownAsync)
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** The nodes that hold a live claim on a segment of any projection (a lapsed claim is anyone's). */
    private List<String> holders() {
        Instant lapsed = Instant.now().minus(claimTimeout);
        return jdbc
                .sql("SELECT owner, time_stamp FROM token_entry WHERE owner IS NOT NULL")
                .query((rs, n) ->
                        Instant.parse(rs.getString("time_stamp")).isAfter(lapsed) ? rs.getString("owner") : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private List<StreamingEventProcessor> projections() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }
}
