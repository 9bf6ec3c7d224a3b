package dev.accord.domain.integrity.api;

import java.util.List;

/**
 * One event's place in the Merkle tree and the RFC 9162 audit path from it to the root of the latest signed
 * checkpoint, checked by Accord the way an auditor's client checks it.
 *
 * @param leafIndex  the event's leaf, or null when the event was never logged (put in the table behind the log)
 * @param leafHash   base64 of the leaf hash recomputed from the event as it is stored now
 * @param checkpoint the latest signed checkpoint, or null when none is signed yet
 * @param auditPath  base64 hashes from the leaf up to the root; empty when the checkpoint does not cover the event
 */
public record InclusionProof(
        long globalIndex,
        Long leafIndex,
        String leafHash,
        SignedCheckpoint checkpoint,
        List<String> auditPath,
        Verdict verdict) {

    /**
     * VERIFIED: the event hashes to a leaf the audit path leads from to the checkpoint's signed root;
     * NOT_YET_COVERED: the event came after the latest checkpoint, the next one will cover it;
     * DOES_NOT_VERIFY: the event, the path or the checkpoint's signature is not what was signed.
     */
    public enum Verdict {
        VERIFIED,
        NOT_YET_COVERED,
        DOES_NOT_VERIFY
    }
}
