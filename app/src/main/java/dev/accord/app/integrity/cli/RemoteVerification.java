package dev.accord.app.integrity.cli;

import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.MerkleProofs;
import dev.accord.app.integrity.VerifierKey;
import dev.accord.domain.integrity.api.IntegrityStatus;
import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks a running Accord for a full verification (POST /api/integrity/verification), follows it on GET
 * /api/integrity, and then checks what Accord alone cannot vouch for: that its latest checkpoint is signed by the key
 * the auditor trusts, and that every checkpoint the auditor kept is a prefix of it (RFC 9162 consistency proofs),
 * so that a tail cut off together with its stored checkpoints shows.
 */
final class RemoteVerification {

    private static final Duration EVERY = Duration.ofMillis(500);

    private final AccordApi api;
    private final PrintStream terminal;

    RemoteVerification(String url, String user, Supplier<String> password, PrintStream terminal) {
        this.api = new AccordApi(url, user, password);
        this.terminal = terminal;
    }

    VerifyCommand.Verdict run(Optional<VerifierKey> givenKey, List<String> kept) {
        VerifierKey key = givenKey.orElseGet(() -> {
            VerifierKey served = VerifierKey.parse(api.text("/api/integrity/public-key"));
            terminal.println("Warning: the public key is the one Accord serves (" + served + "); give the key you "
                    + "trust with --public-key");
            return served;
        });
        api.startVerification();
        IntegrityStatus status = follow();
        if (status.state() == IntegrityStatus.State.FAILED) {
            return new VerifyCommand.Verdict(
                    status.verifiedEvents(), treeSize(status), kept.size(), status.firstFailure());
        }
        Checkpoint latest = Checkpoint.verified(api.text("/api/integrity/checkpoint"), key, null)
                .orElse(null);
        if (latest == null) {
            return failed(status, kept, Reason.CHANGED, "Accord's latest checkpoint is not signed by " + key);
        }
        for (String note : kept) {
            Optional<Failure> problem = notExtended(latest, note, key);
            if (problem.isPresent()) {
                return new VerifyCommand.Verdict(
                        status.verifiedEvents(), latest.treeSize(), kept.size(), problem.get());
            }
        }
        return new VerifyCommand.Verdict(status.verifiedEvents(), latest.treeSize(), kept.size(), null);
    }

    /** Why the ledger's latest checkpoint does not extend a checkpoint kept elsewhere, if it does not. */
    private Optional<Failure> notExtended(Checkpoint latest, String note, VerifierKey key) {
        Optional<Checkpoint> kept = Checkpoint.verified(note, key, null);
        if (kept.isEmpty()) {
            return failure(Reason.CHANGED, "a checkpoint kept elsewhere is not signed by " + key);
        }
        long size = kept.get().treeSize();
        if (size > latest.treeSize()) {
            return failure(
                    Reason.MISSING,
                    "a checkpoint was signed for " + size + " events, but the ledger's latest covers only "
                            + latest.treeSize() + ": its tail is gone");
        }
        List<byte[]> proof = api.consistencyProof(size, latest.treeSize()).stream()
                .map(Base64.getDecoder()::decode)
                .toList();
        if (!MerkleProofs.verifyConsistency(
                size, latest.treeSize(), proof, kept.get().rootHash(), latest.rootHash())) {
            return failure(
                    Reason.CHANGED,
                    "the ledger's history of " + latest.treeSize() + " events does not extend the one " + "signed for "
                            + size + " events in a checkpoint kept elsewhere: it was rewritten");
        }
        return Optional.empty();
    }

    private IntegrityStatus follow() {
        VerificationLine line = new VerificationLine(terminal);
        IntegrityStatus status = api.status();
        while (status.state() == IntegrityStatus.State.RUNNING) {
            line.show(status.verifiedEvents(), Math.max(status.verifiedEvents(), treeSize(status)));
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VerificationRefused("interrupted; the verification goes on in Accord");
            }
            status = api.status();
        }
        // The events appended since the latest checkpoint are verified too.
        line.end(status.verifiedEvents(), Math.max(status.verifiedEvents(), treeSize(status)));
        if (!status.historyProtected()) {
            terminal.println("Note: Accord's own database role could rewrite the event table; only the signed "
                    + "checkpoints protect the history (see docs/integrity.md)");
        }
        return status;
    }

    private static VerifyCommand.Verdict failed(
            IntegrityStatus status, List<String> kept, Reason reason, String detail) {
        return new VerifyCommand.Verdict(
                status.verifiedEvents(), treeSize(status), kept.size(), new Failure(null, null, null, reason, detail));
    }

    private static Optional<Failure> failure(Reason reason, String detail) {
        return Optional.of(new Failure(null, null, null, reason, detail));
    }

    private static long treeSize(IntegrityStatus status) {
        return status.checkpoint() == null
                ? status.verifiedEvents()
                : status.checkpoint().treeSize();
    }
}
