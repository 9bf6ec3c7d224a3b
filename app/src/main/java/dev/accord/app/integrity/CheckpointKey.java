package dev.accord.app.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The Ed25519 key Accord signs checkpoints with, in the C2SP signed-note formats: the verifier key
 * {@code <name>+<key id>+<base64(0x01 ‖ public key)>} auditors keep, and the private key
 * {@code PRIVATE+KEY+<name>+<key id>+<base64(0x01 ‖ seed)>} as Go's golang.org/x/mod/sumdb/note writes it, so tools
 * outside Accord can read both.
 */
public final class CheckpointKey {

    private static final byte ED25519 = 0x01;
    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";
    private static final int SEED_SIZE = 32;

    private final String name;
    private final byte[] seed;
    private final PrivateKey privateKey;
    private final VerifierKey verifier;

    private CheckpointKey(String name, byte[] seed) {
        if (!VerifierKey.isValidName(name)) {
            throw new IllegalArgumentException("a key name is printable, without spaces or '+': " + name);
        }
        this.name = name;
        this.seed = seed.clone();
        KeyPair pair = pairOf(seed);
        this.privateKey = pair.getPrivate();
        this.verifier = new VerifierKey(name, rawPublicKey(pair.getPublic()));
    }

    public static CheckpointKey generate(String name) {
        byte[] seed = new byte[SEED_SIZE];
        new SecureRandom().nextBytes(seed);
        return new CheckpointKey(name, seed);
    }

    /** Reads the private key line (and checks that its key id is the one its name and key give). */
    public static CheckpointKey parse(String privateKeyLine) {
        String line = privateKeyLine.strip();
        if (!line.startsWith(PRIVATE_PREFIX)) {
            throw new IllegalArgumentException("not a signed-note private key");
        }
        String[] parts = line.substring(PRIVATE_PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a private key is PRIVATE+KEY+<name>+<key id>+<key>");
        }
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length != SEED_SIZE + 1 || key[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        CheckpointKey parsed = new CheckpointKey(parts[0], Arrays.copyOfRange(key, 1, key.length));
        if (!parsed.verifier.keyIdHex().equals(parts[1])) {
            throw new IllegalArgumentException("the private key's id does not match its name and key");
        }
        return parsed;
    }

    /** The same key under another name (a key's id depends on its name). */
    public CheckpointKey named(String otherName) {
        return new CheckpointKey(otherName, seed);
    }

    public String name() {
        return name;
    }

    public VerifierKey verifier() {
        return verifier;
    }

    /** The line to keep secret: whoever has it can sign checkpoints in Accord's name. */
    public String privateKeyLine() {
        byte[] key = new byte[SEED_SIZE + 1];
        key[0] = ED25519;
        System.arraycopy(seed, 0, key, 1, SEED_SIZE);
        return PRIVATE_PREFIX + name + "+" + verifier.keyIdHex() + "+"
                + Base64.getEncoder().encodeToString(key);
    }

    /**
     * Signs a note's text (which ends with a newline) and returns the whole signed note: the text, a blank line and
     * the signature line {@code — <name> <base64(key id ‖ signature)>}.
     */
    public String sign(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a note's text ends with a newline");
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(privateKey);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] signature = ed25519.sign();
            byte[] keyIdAndSignature = new byte[4 + signature.length];
            System.arraycopy(verifier.keyId(), 0, keyIdAndSignature, 0, 4);
            System.arraycopy(signature, 0, keyIdAndSignature, 4, signature.length);
            return text + "\n" + VerifierKey.SIGNATURE_DASH + " " + name + " "
                    + Base64.getEncoder().encodeToString(keyIdAndSignature) + "\n";
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("could not sign with Ed25519", unexpected);
        }
    }

    /**
     * The JDK derives an Ed25519 public key only while it generates a pair, from 32 random bytes that are the private
     * key itself (RFC 8032 §5.1.5); handing it the seed as its randomness gives back the pair the seed stands for.
     */
    private static KeyPair pairOf(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            KeyPair pair = generator.generateKeyPair();
            PrivateKey fromSeed = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
            return new KeyPair(pair.getPublic(), fromSeed);
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException("this JDK has no Ed25519", unexpected);
        }
    }

    /** An Ed25519 public key's X.509 encoding ends with its 32 raw bytes (RFC 8410 §4). */
    private static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    @Override
    public String toString() {
        return "CheckpointKey[" + verifier + "]"; // never the seed
    }
}
