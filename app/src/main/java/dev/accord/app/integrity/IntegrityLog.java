package dev.accord.app.integrity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The Merkle tree the database keeps over the events (migration V12) and the checkpoints signed for it. Leaves and
 * nodes are only ever added, so a tree of a given size, once read, stays what it was.
 */
@Repository
public class IntegrityLog {

    /** A logged event: its place among the leaves and in the event table. */
    public record Leaf(
            long leafIndex, long globalIndex, String aggregateIdentifier, long sequenceNumber, byte[] leafHash) {

        /** The columns a leaf is read from, in the order {@link #read} takes them. */
        static final String COLUMNS = "leaf_index, global_index, aggregate_identifier, sequence_number, leaf_hash";

        static Leaf read(ResultSet row) throws SQLException {
            return new Leaf(row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4), row.getBytes(5));
        }
    }

    /** How many leaves the log holds: the next leaf's index. */
    static final String SIZE = "SELECT coalesce(max(leaf_index) + 1, 0) FROM integrity_leaf";

    private final JdbcTemplate jdbc;

    IntegrityLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long size() {
        Long size = jdbc.queryForObject(SIZE, Long.class);
        return size == null ? 0 : size;
    }

    public Optional<Leaf> leafOf(long globalIndex) {
        return jdbc
                .query(
                        "SELECT " + Leaf.COLUMNS + " FROM integrity_leaf WHERE global_index = ?",
                        (row, n) -> Leaf.read(row),
                        globalIndex)
                .stream()
                .findFirst();
    }

    /**
     * Runs {@code use} on the tree with just the stored nodes it reads, fetched in one round trip. {@code use} runs
     * twice, first on placeholder nodes to learn which it reads: it must compute, not act on what it computes.
     */
    public <T> T withTree(Function<MerkleTree, T> use) {
        Set<MerkleTree.Node> wanted = MerkleTree.nodesRead(tree -> use.apply(tree));
        return use.apply(new MerkleTree(fetch(wanted)));
    }

    public byte[] root(long size) {
        return withTree(tree -> tree.root(size));
    }

    public Optional<Checkpoint> latestCheckpoint() {
        return jdbc
                .query(
                        "SELECT tree_size, root_hash, signed_at, note FROM integrity_checkpoint "
                                + "ORDER BY tree_size DESC LIMIT 1",
                        IntegrityLog::checkpoint)
                .stream()
                .findFirst();
    }

    /** Keeps a checkpoint; another node that signed the same tree size first keeps its own. */
    public boolean record(Checkpoint checkpoint) {
        return jdbc.update(
                        """
                INSERT INTO integrity_checkpoint (tree_size, root_hash, signed_at, note) VALUES (?, ?, ?, ?)
                ON CONFLICT (tree_size) DO NOTHING""",
                        checkpoint.treeSize(),
                        checkpoint.rootHash(),
                        Timestamp.from(checkpoint.signedAt()),
                        checkpoint.note())
                == 1;
    }

    /**
     * True when the role Accord runs as could rewrite the event table itself: it is a superuser, may create roles,
     * is a member of the role that owns the table (and so may disable its triggers), or holds a right to change it.
     */
    public boolean applicationRoleCanRewriteHistory() {
        // CREATEROLE could grant itself the owner's membership (PostgreSQL 15 and earlier); a right to update,
        // delete, truncate or add triggers may also come through a group role.
        Boolean can = jdbc.queryForObject("""
                SELECT r.rolsuper OR r.rolcreaterole OR pg_has_role(current_user, c.relowner, 'USAGE')
                       OR has_table_privilege(current_user, c.oid, 'UPDATE, DELETE, TRUNCATE, TRIGGER')
                FROM pg_roles r, pg_class c
                WHERE r.rolname = current_user AND c.oid = 'domain_event_entry'::regclass""", Boolean.class);
        return !Boolean.FALSE.equals(can);
    }

    private Map<MerkleTree.Node, byte[]> fetch(Set<MerkleTree.Node> wanted) {
        Map<MerkleTree.Node, byte[]> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        Long[] leaves = wanted.stream()
                .filter(n -> n.level() == 0)
                .map(MerkleTree.Node::index)
                .toArray(Long[]::new);
        List<MerkleTree.Node> inner = wanted.stream().filter(n -> n.level() > 0).toList();
        Integer[] levels = inner.stream().map(MerkleTree.Node::level).toArray(Integer[]::new);
        Long[] indexes = inner.stream().map(MerkleTree.Node::index).toArray(Long[]::new);
        jdbc.execute((java.sql.Connection connection) -> {
            Array leafArray = connection.createArrayOf("bigint", leaves);
            Array levelArray = connection.createArrayOf("integer", levels);
            Array indexArray = connection.createArrayOf("bigint", indexes);
            try (var statement = connection.prepareStatement("""
                    SELECT 0, leaf_index, leaf_hash FROM integrity_leaf WHERE leaf_index = ANY (?)
                    UNION ALL
                    SELECT n.level, n.node_index, n.hash
                    FROM integrity_node n JOIN unnest(?::integer[], ?::bigint[]) AS w (level, node_index)
                         ON n.level = w.level AND n.node_index = w.node_index""")) {
                statement.setArray(1, leafArray);
                statement.setArray(2, levelArray);
                statement.setArray(3, indexArray);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.put(new MerkleTree.Node(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
                    }
                }
            }
            return null;
        });
        return found;
    }

    private static Checkpoint checkpoint(ResultSet row, int rowNumber) throws SQLException {
        String note = row.getString(4);
        return new Checkpoint(
                Checkpoint.originOf(note),
                row.getLong(1),
                row.getBytes(2),
                row.getTimestamp(3).toInstant(),
                note);
    }
}
