package dev.accord.app.integrity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

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
    @Scheduled(
            fixedDelayString = "${accord.integrity.checkpoint-interval}",
            initialDelayString = "${accord.integrity.checkpoint-interval}")
    public void signIfGrown() {
        try {
            signNow();
        } catch (RefusedToSign refused) {
            LOG.error("No checkpoint signed: {}", refused.getMessage());
        } catch (RuntimeException notThisTime) {
            // The next interval tries again; the tree keeps growing with the events meanwhile.
            LOG.warn("No checkpoint signed this time: {}", notThisTime.toString());
        }
    }

    /**
     * Signs the tree as it is now unless the latest checkpoint already covers it; returns the latest checkpoint.
     * Like a Certificate Transparency log, it never signs a fork: the new tree must provably extend the latest
     * checkpoint (RFC 9162 consistency, from the stored nodes the proofs are served from), and that checkpoint must be
     * this key's.
     */
    public Optional<Checkpoint> signNow() {
        long size = log.size();
        Optional<Checkpoint> latest = log.latestCheckpoint();
        if (size == 0
                || latest.filter(checkpoint -> checkpoint.treeSize() >= size).isPresent()) {
            return latest;
        }
        byte[] root = latest.isEmpty() ? log.root(size) : extensionOf(latest.get(), size);
        Checkpoint checkpoint = Checkpoint.sign(key, size, root, clock.instant());
        if (log.record(checkpoint)) {
            push.push(checkpoint);
        }
        return log.latestCheckpoint();
    }

    /** The root of the tree of {@code size} leaves, once it is shown to extend {@code latest}. */
    private byte[] extensionOf(Checkpoint latest, long size) {
        Checkpoint signed = Checkpoint.verified(latest.note(), key.verifier(), latest.signedAt())
                .orElseThrow(() -> new RefusedToSign("the latest checkpoint (" + latest.treeSize()
                        + " events) is not signed by this node's key " + key.verifier()));
        // withTree runs its function twice (once to learn which nodes it reads): it only computes, the check follows.
        record Extension(byte[] root, List<byte[]> proof) {}
        Extension extension =
                log.withTree(tree -> new Extension(tree.root(size), tree.consistencyProof(signed.treeSize(), size)));
        if (!MerkleProofs.verifyConsistency(
                signed.treeSize(), size, extension.proof(), signed.rootHash(), extension.root())) {
            throw new RefusedToSign("the stored tree of " + size + " events does not extend the checkpoint of "
                    + signed.treeSize() + ": the log's nodes were changed; run a verification");
        }
        return extension.root();
    }

    /** A checkpoint that would put Accord's signature on a history that does not extend the one it signed. */
    static final class RefusedToSign extends IllegalStateException {
        RefusedToSign(String reason) {
            super(reason);
        }
    }
}
