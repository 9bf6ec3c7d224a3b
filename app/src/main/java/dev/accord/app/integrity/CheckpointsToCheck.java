package dev.accord.app.integrity;

import dev.accord.domain.integrity.api.IntegrityStatus.Failure;
import dev.accord.domain.integrity.api.IntegrityStatus.Reason;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checkpoints a verification holds the history against: those stored with the ledger and those an auditor kept
 * elsewhere, each accepted only with a valid signature by the ledger's key.
 */
final class CheckpointsToCheck {

    private final VerifierKey key;

    CheckpointsToCheck(VerifierKey key) {
        this.key = key;
    }

    /** Adds every checkpoint to check, in order of size; the first one not signed by the key is a failure. */
    Optional<Failure> read(Connection connection, List<String> keptElsewhere, List<Checkpoint> checkpoints)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT tree_size, root_hash, signed_at, note FROM integrity_checkpoint ORDER BY tree_size");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long size = rows.getLong(1);
                Optional<Checkpoint> signed = Checkpoint.verified(
                        rows.getString(4), key, rows.getTimestamp(3).toInstant());
                if (signed.isEmpty()
                        || signed.get().treeSize() != size
                        || !MessageDigest.isEqual(signed.get().rootHash(), rows.getBytes(2))) {
                    return Optional.of(new Failure(
                            null,
                            null,
                            null,
                            Reason.CHANGED,
                            "the checkpoint stored for " + size + " events is not one this ledger's key (" + key
                                    + ") signed"));
                }
                checkpoints.add(signed.get());
            }
        }
        // A copy kept elsewhere that is the stored checkpoint itself proves nothing more: its signature is not
        // checked twice.
        Set<String> stored = checkpoints.stream().map(Checkpoint::note).collect(Collectors.toSet());
        for (String note : keptElsewhere) {
            if (stored.contains(note)) {
                continue;
            }
            Optional<Checkpoint> signed = Checkpoint.verified(note, key, null);
            if (signed.isEmpty()) {
                return Optional.of(new Failure(
                        null,
                        null,
                        null,
                        Reason.CHANGED,
                        "a checkpoint kept elsewhere is not signed by this ledger's key (" + key + ")"));
            }
            checkpoints.add(signed.get());
        }
        checkpoints.sort(Comparator.comparingLong(Checkpoint::treeSize));
        return Optional.empty();
    }
}
