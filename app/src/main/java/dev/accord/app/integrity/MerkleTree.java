package dev.accord.app.integrity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Roots and proofs of an RFC 9162 Merkle tree (§2.1), made from the stored roots of its complete subtrees.
 * <p>
 * Every range the RFC's recursion visits splits into a complete, aligned left part and a rest, so any root or proof
 * needs only O(log² n) stored nodes. {@link #nodesRead} names them first, so that a store can fetch them in one query.
 */
public final class MerkleTree {

    /** The root of a complete subtree: level 0 is a leaf, level l covers 2^l leaves from index * 2^l. */
    public record Node(int level, long index) {}

    private final Function<Node, byte[]> nodes;

    /** @param nodes at least every node {@link #nodesRead} names for the roots and proofs to be asked of it */
    public MerkleTree(Map<Node, byte[]> nodes) {
        this.nodes = nodes::get;
    }

    private MerkleTree(Function<Node, byte[]> nodes) {
        this.nodes = nodes;
    }

    /** MTH(D[0:size]). */
    public byte[] root(long size) {
        return size == 0 ? MerkleHashes.empty() : hash(0, size);
    }

    /** PATH(leafIndex, D[0:size]), §2.1.3.1: the siblings from the leaf up to the root. */
    public List<byte[]> inclusionProof(long leafIndex, long size) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leafIndex, 0, size, proof);
        return proof;
    }

    /** PROOF(from, D[0:to]), §2.1.4.1; empty when the sizes are equal. */
    public List<byte[]> consistencyProof(long from, long to) {
        if (from <= 0 || from > to) {
            throw new IllegalArgumentException("no consistency proof from a tree of " + from + " to one of " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        if (from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    /**
     * The stored nodes that {@code use} reads, found by running it on a tree that only takes note: a store fetches them
     * all at once before it runs {@code use} again on the real tree.
     */
    public static Set<Node> nodesRead(Consumer<MerkleTree> use) {
        Set<Node> read = new LinkedHashSet<>();
        use.accept(new MerkleTree(node -> {
            read.add(node);
            return new byte[MerkleHashes.SIZE];
        }));
        return read;
    }

    /** A leaf's own hash, as stored. */
    public byte[] leaf(long leafIndex) {
        return stored(new Node(0, leafIndex));
    }

    private void path(long leaf, long start, long end, List<byte[]> proof) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = splitOf(n);
        if (leaf < start + k) {
            path(leaf, start, start + k, proof);
            proof.add(hash(start + k, end));
        } else {
            path(leaf, start + k, end, proof);
            proof.add(hash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean whole, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                proof.add(hash(start, end));
            }
            return;
        }
        long k = splitOf(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, proof);
            proof.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(hash(start, start + k));
        }
    }

    /** MTH(D[start:end]) for a range the recursion visits: complete and aligned, or split at the largest power of 2. */
    private byte[] hash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return stored(new Node(level, start >> level));
        }
        long k = splitOf(n);
        return MerkleHashes.node(hash(start, start + k), hash(start + k, end));
    }

    private byte[] stored(Node node) {
        byte[] hash = nodes.apply(node);
        if (hash == null) {
            throw new IllegalStateException("the log has no " + node);
        }
        return hash;
    }

    /** The largest power of 2 smaller than n (n > 1). */
    private static long splitOf(long n) {
        return Long.highestOneBit(n - 1);
    }
}
