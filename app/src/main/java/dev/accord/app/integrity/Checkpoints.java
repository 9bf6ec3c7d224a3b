package dev.accord.app.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * Signs a checkpoint whenever the tree has grown, at start and every accord.integrity.checkpoint-interval, and pushes
 * each new one to where the auditor keeps them. Every node may sign: a tree size is signed once, by whichever node
 * gets there first.
 */
@Service
public class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final IntegrityLog log;
    private final CheckpointKey key;
    private final CheckpointPush push;
    private final Clock clock;

    Checkpoints(IntegrityLog log, CheckpointKey key, CheckpointPush push) {
        this.log = log;
        this.key = key;
        this.push = push;
        this.clock = Clock.systemUTC();
    }

    public VerifierKey verifierKey() {
        return key.verifier();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${accord.integrity.checkpoint-interval}",
            initialDelayString = "${accord.integrity.checkpoint-interval}")
    public void signIfGrown() {
        try {
            signNow();
        } catch (RuntimeException notThisTime) {
            // The next interval tries again; the tree keeps growing with the events meanwhile.
            LOG.warn("No checkpoint signed this time: {}", notThisTime.toString());
        }
    }

    /** Signs the tree as it is now unless the latest checkpoint already covers it; returns the latest checkpoint. */
    public Optional<Checkpoint> signNow() {
        long size = log.size();
        Optional<Checkpoint> latest = log.latestCheckpoint();
        if (size == 0 || latest.filter(checkpoint -> checkpoint.treeSize() >= size).isPresent()) {
            return latest;
        }
        Checkpoint checkpoint = Checkpoint.sign(key, size, log.root(size), clock.instant());
        if (log.record(checkpoint)) {
            push.push(checkpoint);
        }
        return log.latestCheckpoint();
    }
}
