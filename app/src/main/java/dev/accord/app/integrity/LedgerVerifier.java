package dev.accord.app.integrity;

import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The whole check of the history, trusting only the checkpoint key: every event's leaf hash is recomputed from its
 * row and compared with the one logged when it was appended, the tree is rebuilt from them, and its root at every
 * checkpoint's size must be the root that checkpoint signed. Roots of consecutive checkpoints computed from one
 * stream of leaves are consistent by construction, so this also proves every checkpoint extends the one before.
 * <p>
 * The stored subtrees the proofs are served from must be the ones the recomputed leaves give. It reads the event
 * table, the leaves and the subtrees side by side, in one snapshot, and stops at the first place where the history
 * is no longer what was signed.
 */
public final class LedgerVerifier {

    /** @param failure null when every event and checkpoint checked out */
    public record Result(long verifiedEvents, long treeSize, Failure failure) {}

    public interface Progress {
        void verified(long events, long of);
    }

    private static final int FETCH = 2_000;

    private final VerifierKey key;

    public LedgerVerifier(VerifierKey key) {
        this.key = key;
    }

    /**
     * @param keptElsewhere checkpoints an auditor kept outside the database (their signatures are checked too): they
     *                      show a log truncated together with its stored checkpoints
     */
    public Result verify(Connection connection, List<String> keptElsewhere, Progress progress) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return verifyInSnapshot(connection, keptElsewhere, progress);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private Result verifyInSnapshot(Connection connection, List<String> keptElsewhere, Progress progress)
            throws SQLException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        Optional<Failure> unsigned = new CheckpointsToCheck(key).read(connection, keptElsewhere, checkpoints);
        if (unsigned.isPresent()) {
            return new Result(0, 0, unsigned.get());
        }
        long total = count(connection);
        try (PreparedStatement eventQuery = connection.prepareStatement(
                        "SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry ORDER BY global_index");
                PreparedStatement leafQuery = connection.prepareStatement(
                        "SELECT " + IntegrityLog.Leaf.COLUMNS + " FROM integrity_leaf ORDER BY leaf_index");
                // In the order a growing tree closes them: by the leaf that closes each, then upwards.
                PreparedStatement nodeQuery = connection.prepareStatement("SELECT level, node_index, hash "
                        + "FROM integrity_node ORDER BY (node_index + 1) << level::int, level")) {
            eventQuery.setFetchSize(FETCH);
            leafQuery.setFetchSize(FETCH);
            nodeQuery.setFetchSize(FETCH);
            try (ResultSet events = eventQuery.executeQuery();
                    ResultSet leaves = leafQuery.executeQuery();
                    ResultSet nodes = nodeQuery.executeQuery()) {
                return walk(events, leaves, nodes, checkpoints.iterator(), total, progress);
            }
        }
    }

    private Result walk(
            ResultSet events,
            ResultSet leaves,
            ResultSet nodes,
            Iterator<Checkpoint> checkpoints,
            long total,
            Progress progress)
            throws SQLException {
        GrowingTree tree = new GrowingTree();
        Checkpoint next = checkpoints.hasNext() ? checkpoints.next() : null;
        long lastGood = -1;
        // Where the events since the last checkpoint that matched begin: a rewrite of events and their logged
        // hashes together can only be located to the range a checkpoint signed after it.
        long matchedSize = 0;
        long rangeStart = -1;
        CanonicalEvent event = nextEvent(events);
        IntegrityLog.Leaf leaf = nextLeaf(leaves);
        while (event != null || leaf != null) {
            if (leaf != null && leaf.leafIndex() != tree.size()) {
                return failed(
                        tree,
                        new Failure(
                                null,
                                null,
                                null,
                                Reason.MISSING,
                                "leaves " + tree.size() + " to "
                                        + (leaf.leafIndex() - 1)
                                        + " of the log are gone, with the events logged after global index "
                                        + lastGood));
            }
            if (leaf == null || (event != null && event.globalIndex() < leaf.globalIndex())) {
                return failed(
                        tree,
                        new Failure(
                                event.globalIndex(),
                                event.aggregateIdentifier(),
                                event.sequenceNumber(),
                                Reason.INSERTED,
                                "event " + event.globalIndex() + " is in the event table but was never logged"));
            }
            if (event == null || event.globalIndex() > leaf.globalIndex()) {
                return failed(
                        tree,
                        new Failure(
                                leaf.globalIndex(),
                                leaf.aggregateIdentifier(),
                                leaf.sequenceNumber(),
                                Reason.MISSING,
                                "event " + leaf.globalIndex() + " was logged but is no longer in the event "
                                        + "table"));
            }
            byte[] recomputed = event.leafHash();
            if (!MessageDigest.isEqual(recomputed, leaf.leafHash())) {
                return failed(
                        tree,
                        new Failure(
                                event.globalIndex(),
                                event.aggregateIdentifier(),
                                event.sequenceNumber(),
                                Reason.CHANGED,
                                "event " + event.globalIndex()
                                        + " is no longer the event that was logged: its bytes hash differently"));
            }
            for (GrowingTree.Closed subtree : tree.append(recomputed)) {
                // The stored subtrees are what inclusion and consistency proofs are served from.
                if (!nodes.next()
                        || nodes.getInt(1) != subtree.level()
                        || nodes.getLong(2) != subtree.index()
                        || !MessageDigest.isEqual(nodes.getBytes(3), subtree.hash())) {
                    long first = subtree.index() << subtree.level();
                    // Proved: the leaves before the subtree; which of those under it changed is not known.
                    return new Result(
                            first,
                            tree.size(),
                            new Failure(
                                    null,
                                    null,
                                    null,
                                    Reason.CHANGED,
                                    "the log's stored subtree over leaves " + first + " to "
                                            + (first + (1L << subtree.level()) - 1) + " (the last at global index "
                                            + event.globalIndex()
                                            + ") is not the one their events hash to: events and their logged "
                                            + "hashes, or the subtree itself, were rewritten"));
                }
            }
            lastGood = event.globalIndex();
            if (rangeStart < 0) {
                rangeStart = lastGood;
            }
            while (next != null && next.treeSize() == tree.size()) {
                if (!MessageDigest.isEqual(tree.root(), next.rootHash())) {
                    // Only the events up to the last checkpoint that matched are proved.
                    return new Result(
                            matchedSize,
                            tree.size(),
                            new Failure(
                                    null,
                                    null,
                                    null,
                                    Reason.CHANGED,
                                    "events " + (matchedSize + 1) + " to " + tree.size() + " (global index "
                                            + rangeStart
                                            + " to " + lastGood + ") no longer hash to the root signed for "
                                            + tree.size() + " events"
                                            + (matchedSize > 0
                                                    ? ", although the first " + matchedSize + " still hash to theirs"
                                                    : "")
                                            + ": events in that range and their logged hashes were both rewritten"));
                }
                matchedSize = tree.size();
                rangeStart = -1;
                next = checkpoints.hasNext() ? checkpoints.next() : null;
            }
            if (tree.size() % FETCH == 0) {
                progress.verified(tree.size(), total);
            }
            event = nextEvent(events);
            leaf = nextLeaf(leaves);
        }
        if (nodes.next()) {
            return failed(
                    tree,
                    new Failure(
                            null,
                            null,
                            null,
                            Reason.INSERTED,
                            "the log holds subtrees beyond its " + tree.size() + " leaves"));
        }
        if (next != null) {
            return failed(
                    tree,
                    new Failure(
                            null,
                            null,
                            null,
                            Reason.MISSING,
                            "a checkpoint was signed for "
                                    + next.treeSize() + " events, but the log now ends after " + tree.size()
                                    + (lastGood >= 0 ? " (global index " + lastGood + ")" : "")
                                    + ": its tail is gone"));
        }
        progress.verified(tree.size(), total);
        return new Result(tree.size(), tree.size(), null);
    }

    private static Result failed(GrowingTree tree, Failure failure) {
        return new Result(tree.size(), tree.size(), failure);
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(IntegrityLog.SIZE);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static CanonicalEvent nextEvent(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return null;
        }
        return CanonicalEvent.read(rows, 1);
    }

    private static IntegrityLog.Leaf nextLeaf(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return null;
        }
        return IntegrityLog.Leaf.read(rows);
    }
}
