package dev.accord.app.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The two hashes of an RFC 9162 Merkle tree (§2.1.1): a leaf's and an interior node's, each SHA-256. */
public final class MerkleHashes {

    public static final int SIZE = 32;

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleHashes() {}

    /** The root of the tree with no leaves: SHA-256 of nothing. */
    public static byte[] empty() {
        return sha256().digest();
    }

    public static byte[] leaf(byte[] entry) {
        MessageDigest digest = sha256();
        digest.update(LEAF);
        digest.update(entry);
        return digest.digest();
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update(NODE);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
