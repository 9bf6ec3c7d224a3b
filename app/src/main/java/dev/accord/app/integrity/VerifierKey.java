package dev.accord.app.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The public half of the checkpoint key as C2SP signed-note writes it: {@code <name>+<key id>+<base64(0x01 ‖ key)>},
 * where the key id is the first four bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key). It checks signed notes.
 */
public record VerifierKey(String name, byte[] publicKey) {

    /** U+2014, the em dash every signature line of a signed note starts with. */
    public static final String SIGNATURE_DASH = "\u2014";

    private static final byte ED25519 = 0x01;
    /** What the JDK puts before the 32 raw bytes in an Ed25519 key's X.509 encoding (RFC 8410 §4). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public VerifierKey {
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        publicKey = publicKey.clone();
    }

    public static VerifierKey parse(String text) {
        String[] parts = text.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key is <name>+<key id>+<key>");
        }
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length != 33 || key[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 verifier key");
        }
        VerifierKey parsed = new VerifierKey(parts[0], Arrays.copyOfRange(key, 1, key.length));
        if (!parsed.keyIdHex().equals(parts[1])) {
            throw new IllegalArgumentException("the verifier key's id does not match its name and key");
        }
        return parsed;
    }

    static boolean isValidName(String name) {
        return !name.isEmpty() && name.codePoints().allMatch(c -> c > 0x20 && c != '+' && c != 0x7f);
    }

    public byte[] keyId() {
        MessageDigest digest = MerkleHashes.sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(ED25519);
        digest.update(publicKey);
        return Arrays.copyOf(digest.digest(), 4);
    }

    public String keyIdHex() {
        return HexFormat.of().formatHex(keyId());
    }

    /**
     * The text of a signed note if this key signed it, else empty. The note is its text (ending with a newline), a
     * blank line, and signature lines; other keys' lines are ignored, as signed-note allows.
     */
    public Optional<String> verifiedText(String note) {
        int end = note.lastIndexOf("\n\n");
        if (end < 0) {
            return Optional.empty();
        }
        String text = note.substring(0, end + 1);
        String prefix = SIGNATURE_DASH + " " + name + " ";
        for (String line : note.substring(end + 2).split("\n")) {
            if (line.startsWith(prefix) && signs(text, line.substring(prefix.length()))) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private boolean signs(String text, String base64) {
        try {
            byte[] keyIdAndSignature = Base64.getDecoder().decode(base64);
            if (keyIdAndSignature.length != 4 + 64 || !Arrays.equals(Arrays.copyOf(keyIdAndSignature, 4), keyId())) {
                return false;
            }
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(javaKey());
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(Arrays.copyOfRange(keyIdAndSignature, 4, keyIdAndSignature.length));
        } catch (IllegalArgumentException | GeneralSecurityException notASignature) {
            return false;
        }
    }

    private PublicKey javaKey() throws GeneralSecurityException {
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    @Override
    public String toString() {
        byte[] key = new byte[33];
        key[0] = ED25519;
        System.arraycopy(publicKey, 0, key, 1, 32);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey that && name.equals(that.name) && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(publicKey);
    }
}
