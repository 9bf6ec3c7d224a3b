package dev.accord.app.integrity;

import dev.accord.app.database.ConnectionFailures;
import dev.accord.domain.integrity.api.FindIntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import dev.accord.domain.integrity.api.IntegrityStatus.State;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Verifies the whole history in the background: at start, every accord.integrity.verification-interval, and when an
 * administrator asks. The latest result is what the API, the CLI and the layout's badge show.
 */
@Service
public class HistoryVerification {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryVerification.class);

    private final DataSource dataSource;
    private final IntegrityLog log;
    private final LedgerVerifier verifier;
    private final CheckpointPush push;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "history-verification");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long verifiedEvents;
    private volatile LedgerVerifier.Result last;
    private volatile Instant lastAt;

    HistoryVerification(DataSource dataSource, IntegrityLog log, Checkpoints checkpoints, CheckpointPush push) {
        this.dataSource = dataSource;
        this.log = log;
        this.verifier = new LedgerVerifier(checkpoints.verifierKey());
        this.push = push;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(
            fixedDelayString = "${accord.integrity.verification-interval}",
            initialDelayString = "${accord.integrity.verification-interval}")
    public void startScheduled() {
        start();
    }

    /** Starts a verification unless one is running; either way the status says RUNNING until it ends. */
    public void start() {
        if (running.compareAndSet(false, true)) {
            verifiedEvents = 0;
            worker.execute(this::run);
        }
    }

    private void run() {
        try (Connection connection = dataSource.getConnection()) {
            last = verifier.verify(connection, push.keptCopies(), (events, of) -> verifiedEvents = events);
            lastAt = Instant.now();
            if (last.failure() != null) {
                LOG.error("The ledger's history is not what was signed: {}", last.failure());
            }
        } catch (SQLException | RuntimeException couldNotRead) {
            if (ConnectionFailures.isConnectionFailure(couldNotRead)) {
                // The database is away for a moment: no verdict on the history; the next run tries again.
                LOG.warn("The history could not be verified this time: {}", couldNotRead.toString());
            } else {
                // Reachable but unreadable (a table, column or right taken away): the last verdict no longer
                // holds, and saying VERIFIED until the next success would hide exactly this kind of tampering.
                last = new LedgerVerifier.Result(
                        0,
                        0,
                        new Failure(
                                null,
                                null,
                                null,
                                Reason.UNREADABLE,
                                "the events or the log could not be read: " + firstLine(couldNotRead.getMessage())));
                lastAt = Instant.now();
                LOG.error("The ledger's history cannot be verified", couldNotRead);
            }
        } finally {
            running.set(false);
        }
    }

    /** PostgreSQL's messages go on with hints and positions on further lines; the first says what was wrong. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    @QueryHandler
    public IntegrityStatus status(FindIntegrityStatus query) {
        return status();
    }

    public IntegrityStatus status() {
        LedgerVerifier.Result result = last;
        IntegrityStatus.Checkpoint checkpoint = log.latestCheckpoint()
                .map(latest ->
                        new IntegrityStatus.Checkpoint(latest.treeSize(), latest.rootHashBase64(), latest.signedAt()))
                .orElse(null);
        boolean protectedHistory = !log.applicationRoleCanRewriteHistory();
        if (running.get() || result == null) {
            return new IntegrityStatus(
                    State.RUNNING,
                    verifiedEvents,
                    checkpoint,
                    result == null ? null : result.failure(),
                    lastAt,
                    protectedHistory);
        }
        return new IntegrityStatus(
                result.failure() == null ? State.VERIFIED : State.FAILED,
                result.verifiedEvents(),
                checkpoint,
                result.failure(),
                lastAt,
                protectedHistory);
    }
}
