package dev.accord.app.rebuild;

import dev.accord.domain.operations.ReadModelRebuilder;
import dev.accord.domain.operations.api.FindRebuildProgress;
import dev.accord.domain.operations.api.RebuildProgress;
import dev.accord.domain.operations.api.RebuildProgress.State;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model from the first event while the current ones keep serving, then switches:
 * <ol>
 *   <li>replay all events into scratch copies of the read-model tables ({@link ShadowReadModels}), then give the
 *       copies their remaining indexes and constraints;</li>
 *   <li>pause the projections of every node ({@link ProjectionsPause}), replay what was appended meanwhile;</li>
 *   <li>in one transaction, swap the copies in for the live tables and set every projection's token to the last
 *       replayed event, so readers see either the old read models or the new ones, never a mix;</li>
 *   <li>start the projections again: they carry on from there.</li>
 * </ol>
 * The pause lasts only for the last catch-up and the swap, which renames tables whatever their size; commands are
 * accepted throughout. One rebuild runs at a time among all nodes ({@link RebuildLock}).
 */
@Component
class ReadModelRebuild implements ReadModelRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final Replay replay;
    private final ShadowReadModels shadow;
    private final RebuildLock lock;
    private final ProjectionsPause pause;
    private final Environment environment;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuild(
            Replay replay,
            ShadowReadModels shadow,
            RebuildLock lock,
            ProjectionsPause pause,
            Environment environment,
            EventProcessingConfiguration processing,
            TokenStore tokens,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.replay = replay;
        this.shadow = shadow;
        this.lock = lock;
        this.pause = pause;
        this.environment = environment;
        this.processing = processing;
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public synchronized void start(Actor startedBy) {
        if (progress.get().running()) {
            throw new ConflictException("A rebuild of the read models is already running (started by "
                    + progress.get().startedBy() + ")");
        }
        RebuildLock.Held held = lock.tryTake()
                .orElseThrow(() -> new ConflictException("A rebuild of the read models is already running on another"
                        + " node; its progress is shown there"));
        progress.set(
                new RebuildProgress(State.RUNNING, 0, 0, 0, null, startedBy.displayName(), Instant.now(), null, null));
        worker.submit(() -> {
            try (held) {
                run();
            }
        });
    }

    @QueryHandler
    RebuildProgress handle(FindRebuildProgress query) {
        return progress.get();
    }

    RebuildProgress progress() {
        return progress.get();
    }

    private void run() {
        Instant started = progress.get().startedAt();
        AtomicLong replayed = new AtomicLong();
        long total = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        try {
            shadow.create();
            log.info("Rebuilding the read models from {} events", total);
            TrackingToken position =
                    replay.fromTo(null, chunk -> report(State.RUNNING, replayed.addAndGet(chunk), total, started));
            log.info("Replayed {} events into the copies after {}", replayed.get(), since(started));
            shadow.complete();
            log.info("The copies have their indexes, keys and statistics after {}", since(started));
            List<StreamingEventProcessor> projections = projections();
            report(State.SWITCHING, replayed.get(), total, started);
            Instant paused = Instant.now();
            pause.everywhere(projections);
            try {
                TrackingToken last = replay.fromTo(position, replayed::addAndGet);
                transactions.executeWithoutResult(tx -> {
                    shadow.swapWithLive();
                    projections.forEach(projection -> carryOnFrom(projection.getName(), last));
                });
            } finally {
                pause.resumeEverywhere(projections);
            }
            log.info("Switched to the new read models; the projections were paused for {}", since(paused));
            transactions.executeWithoutResult(tx -> shadow.drop());
            RebuildProgress current = progress.get();
            progress.set(new RebuildProgress(
                    State.DONE,
                    replayed.get(),
                    replayed.get(),
                    rate(replayed.get(), started),
                    0L,
                    current.startedBy(),
                    started,
                    Instant.now(),
                    null));
            log.info("Rebuilt the read models from {} events in {}", replayed.get(), since(started));
        } catch (RuntimeException e) {
            log.error("Rebuilding the read models failed; the current ones stay in use", e);
            RebuildProgress current = progress.get();
            progress.set(new RebuildProgress(
                    State.FAILED,
                    replayed.get(),
                    total,
                    rate(replayed.get(), started),
                    null,
                    current.startedBy(),
                    started,
                    Instant.now(),
                    String.valueOf(e.getMessage())));
            transactions.executeWithoutResult(tx -> shadow.drop());
        }
    }

    /**
     * The projection goes on after the last replayed event, on every segment it has; no node holds them afterwards, so
     * that every node's projections claim their share again when they start.
     */
    private void carryOnFrom(String processorName, TrackingToken last) {
        int[] segments = tokens.fetchSegments(processorName);
        if (segments.length == 0) {
            int configured = environment.getProperty(
                    "axon.eventhandling.processors." + processorName + ".initial-segment-count", Integer.class, 1);
            tokens.initializeTokenSegments(processorName, configured, last);
            return;
        }
        for (int segment : segments) {
            tokens.storeToken(last, processorName, segment);
            tokens.releaseClaim(processorName, segment);
        }
    }

    private List<StreamingEventProcessor> projections() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private void report(State state, long replayed, long total, Instant started) {
        double rate = rate(replayed, started);
        long left = Math.max(0, Math.max(total, replayed) - replayed);
        progress.set(new RebuildProgress(
                state,
                replayed,
                Math.max(total, replayed),
                rate,
                rate > 0 ? Math.round(left / rate) : null,
                progress.get().startedBy(),
                started,
                null,
                null));
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }

    private static double rate(long replayed, Instant started) {
        double seconds = Duration.between(started, Instant.now()).toNanos() / 1e9;
        return seconds <= 0 ? 0 : replayed / seconds;
    }
}
