package dev.accord.app.integrity;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A signed checkpoint in the C2SP tlog-checkpoint format: the note's text is the origin (the key's name), the tree
 * size in decimal and the root hash in base64, one per line; the signed note adds a blank line and the signature.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant signedAt, String note) {

    public static Checkpoint sign(CheckpointKey key, long treeSize, byte[] rootHash, Instant signedAt) {
        String text = key.name() + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
        return new Checkpoint(key.name(), treeSize, rootHash, signedAt, key.sign(text));
    }

    /** The checkpoint a note holds, if {@code key} signed it and its text is a checkpoint of that key's log. */
    public static Optional<Checkpoint> verified(String note, VerifierKey key, Instant signedAt) {
        return key.verifiedText(note).flatMap(text -> {
            String[] lines = text.split("\n");
            if (lines.length < 3 || !lines[0].equals(key.name()) || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
                return Optional.empty();
            }
            try {
                byte[] root = Base64.getDecoder().decode(lines[2]);
                return root.length == MerkleHashes.SIZE
                        ? Optional.of(new Checkpoint(lines[0], Long.parseLong(lines[1]), root, signedAt, note))
                        : Optional.empty();
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        });
    }

    /** A checkpoint's first line: the log's name (the key's). */
    public static String originOf(String note) {
        return note.substring(0, note.indexOf('\n'));
    }

    public String rootHashBase64() {
        return Base64.getEncoder().encodeToString(rootHash);
    }
}
