package dev.accord.app.integrity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A Merkle tree that leaves are appended to one by one, keeping only the roots of its complete subtrees (at most one
 * per level): a verification streams a million leaves through it in constant memory and asks for the root at every
 * checkpoint it passes.
 */
final class GrowingTree {

    private record Subtree(int level, byte[] hash) {}

    private final Deque<Subtree> subtrees = new ArrayDeque<>();
    private long size;

    /** A complete subtree the last leaf closed: node {@code index} of its level. */
    record Closed(int level, long index, byte[] hash) {}

    /** Appends a leaf and returns the complete subtrees above the leaves it closed, lowest first. */
    List<Closed> append(byte[] leafHash) {
        List<Closed> closed = List.of();
        Subtree right = new Subtree(0, leafHash);
        while (!subtrees.isEmpty() && subtrees.peekLast().level() == right.level()) {
            Subtree left = subtrees.removeLast();
            right = new Subtree(left.level() + 1, MerkleHashes.node(left.hash(), right.hash()));
            if (closed.isEmpty()) {
                closed = new ArrayList<>(2);
            }
            closed.add(new Closed(right.level(), size >> right.level(), right.hash()));
        }
        subtrees.addLast(right);
        size++;
        return closed;
    }

    long size() {
        return size;
    }

    /** MTH of the leaves so far: the complete subtrees folded from the right, as §2.1.1 splits them. */
    byte[] root() {
        if (subtrees.isEmpty()) {
            return MerkleHashes.empty();
        }
        Iterator<Subtree> fromTheRight = subtrees.descendingIterator();
        byte[] root = fromTheRight.next().hash();
        while (fromTheRight.hasNext()) {
            root = MerkleHashes.node(fromTheRight.next().hash(), root);
        }
        return root;
    }
}
