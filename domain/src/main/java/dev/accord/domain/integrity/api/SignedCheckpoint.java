package dev.accord.domain.integrity.api;

import java.time.Instant;

/**
 * A checkpoint Accord signed.
 *
 * @param number   its place among the checkpoints, the first being 1
 * @param treeSize how many events its tree holds: it covers the events in leaves 0 to treeSize - 1
 * @param rootHash base64 of the tree's root hash
 * @param signedBy the name of the key that signed it (the log's origin)
 */
public record SignedCheckpoint(long number, long treeSize, String rootHash, Instant signedAt, String signedBy) {}
