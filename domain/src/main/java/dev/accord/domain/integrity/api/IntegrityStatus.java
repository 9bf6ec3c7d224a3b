package dev.accord.domain.integrity.api;

import java.time.Instant;

/**
 * The last verification of the ledger's history: every event recomputed into the Merkle tree and checked against
 * every signed checkpoint.
 *
 * @param verifiedEvents   events verified so far (all of them once VERIFIED; up to the failure when FAILED)
 * @param checkpoint       the latest signed checkpoint, or null before the first is signed
 * @param firstFailure     where the history no longer is what was signed, or null
 * @param historyProtected false when Accord's own database role could rewrite the event table (it owns it or is a
 *                         superuser): then only the signed checkpoints, not the database, protect the history
 */
public record IntegrityStatus(
        State state,
        long verifiedEvents,
        Checkpoint checkpoint,
        Failure firstFailure,
        Instant verifiedAt,
        boolean historyProtected) {

    public enum State {
        RUNNING,
        VERIFIED,
        FAILED
    }

    /** @param rootHash base64 of the tree's root hash */
    public record Checkpoint(long treeSize, String rootHash, Instant signedAt) {}

    /** @param globalIndex null when the tampering can only be located to a range (see detail) */
    public record Failure(Long globalIndex, String aggregateId, Long sequence, Reason reason, String detail) {}

    /** CHANGED: an event's bytes differ from what was logged; MISSING: a logged event is gone; INSERTED: an event is
     *  in the table that was never logged; UNREADABLE: the events or the log can no longer be read as they were
     *  written (a table, a column or a right taken away), so nothing can be said to be verified. */
    public enum Reason {
        CHANGED,
        MISSING,
        INSERTED,
        UNREADABLE
    }
}
