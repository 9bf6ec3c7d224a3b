package dev.accord.app.integrity;

import java.security.MessageDigest;
import java.util.List;

/**
 * Checks RFC 9162 proofs as a client does (§2.1.3.2 and §2.1.4.2), trusting nothing but the roots it is given.
 * The offline verifier and the tests use it; anyone can check Accord's proofs with any other RFC 9162 implementation.
 */
public final class MerkleProofs {

    private MerkleProofs() {}

    public static boolean verifyInclusion(
            long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize || !areHashes(List.of(leafHash, root)) || !areHashes(proof)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    public static boolean verifyConsistency(long from, long to, List<byte[]> proof, byte[] fromRoot, byte[] toRoot) {
        if (from <= 0 || from > to) {
            return false;
        }
        if (from == to) {
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (!areHashes(List.of(fromRoot, toRoot)) || !areHashes(proof)) {
            return false;
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = proof;
        if (Long.bitCount(from) == 1) {
            path = new java.util.ArrayList<>(proof);
            path.add(0, fromRoot);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }

    private static boolean areHashes(List<byte[]> hashes) {
        return hashes.stream().allMatch(hash -> hash != null && hash.length == MerkleHashes.SIZE);
    }
}
