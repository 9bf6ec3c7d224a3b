package dev.accord.app.integrity.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.MerkleProofs;
import dev.accord.app.integrity.VerifierKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an audit bundle with nothing but the bundle and, better, a public key the auditor trusts: the checkpoint's
 * signature, then every event's leaf recomputed from its canonical form and its inclusion proof against the
 * checkpoint's root, and that no event the manifest lists is missing. It stops at the first thing that does not
 * check out and names it.
 */
public final class BundleVerifier {

    /** @param failure null when the bundle checked out */
    public record Outcome(
            long verifiedEvents, Checkpoint checkpoint, String scope, List<String> warnings, String failure) {

        public boolean verified() {
            return failure == null;
        }
    }

    private final ObjectMapper json =
            new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** @param trustedKey the key the auditor got elsewhere; null to fall back on the bundle's own, with a warning */
    public Outcome verify(Path bundle, VerifierKey trustedKey) {
        List<String> warnings = new ArrayList<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            VerifierKey key = key(zip, trustedKey, warnings);
            Checkpoint checkpoint = Checkpoint.verified(text(zip, AuditBundle.CHECKPOINT), key, null)
                    .orElseThrow(() -> new Refused("the checkpoint (" + AuditBundle.CHECKPOINT + ") is not signed by "
                            + "the key " + key + ": it was changed, or signed by another key"));
            BundleManifest manifest = manifest(zip, checkpoint);
            BundleEvents events = new BundleEvents(checkpoint, manifest);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    zip.getInputStream(entry(zip, AuditBundle.EVENTS)), StandardCharsets.UTF_8))) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        events.check(event(line, number));
                    }
                }
            }
            events.checkNoneMissing();
            return new Outcome(
                    events.verified(),
                    checkpoint,
                    manifest.scope() + (manifest.subject() == null ? "" : " " + manifest.subject()),
                    warnings,
                    null);
        } catch (Refused refused) {
            return new Outcome(0, null, null, warnings, refused.getMessage());
        } catch (IOException unreadable) {
            return new Outcome(
                    0,
                    null,
                    null,
                    warnings,
                    "the bundle " + bundle + " cannot be read as a zip: " + unreadable.getMessage());
        }
    }

    private VerifierKey key(ZipFile zip, VerifierKey trusted, List<String> warnings) throws IOException {
        VerifierKey own;
        try {
            own = VerifierKey.parse(text(zip, AuditBundle.PUBLIC_KEY));
        } catch (IllegalArgumentException notAKey) {
            own = null;
        }
        if (trusted != null) {
            if (!trusted.equals(own)) {
                warnings.add("the bundle's " + AuditBundle.PUBLIC_KEY + " is not the key you gave; only yours is used");
            }
            return trusted;
        }
        if (own == null) {
            throw new Refused(AuditBundle.PUBLIC_KEY + " holds no verifier key, and none was given with --public-key");
        }
        warnings.add("only the bundle's own public key was used (" + own + "): whoever made the bundle could have "
                + "made its key too; give the key you trust with --public-key");
        return own;
    }

    private BundleManifest manifest(ZipFile zip, Checkpoint checkpoint) throws IOException {
        BundleManifest manifest;
        try {
            manifest = json.readValue(text(zip, AuditBundle.MANIFEST), BundleManifest.class);
        } catch (JsonProcessingException unreadable) {
            throw new Refused(AuditBundle.MANIFEST + " cannot be read: " + unreadable.getOriginalMessage());
        }
        if (!BundleManifest.FORMAT.equals(manifest.format())) {
            throw new Refused(
                    AuditBundle.MANIFEST + " is of format " + manifest.format() + ", not " + BundleManifest.FORMAT);
        }
        if (manifest.treeSize() != checkpoint.treeSize()
                || !checkpoint.rootHashBase64().equals(manifest.rootHash())) {
            throw new Refused(AuditBundle.MANIFEST + " describes a tree of " + manifest.treeSize() + " events with "
                    + "root " + manifest.rootHash() + ", the checkpoint one of " + checkpoint.treeSize() + " with root "
                    + checkpoint.rootHashBase64());
        }
        if (!"ledger".equals(manifest.scope()) && manifest.globalIndexes() == null) {
            throw new Refused(AuditBundle.MANIFEST + " does not list the events of its " + manifest.scope());
        }
        return manifest;
    }

    private BundledEvent event(String line, int number) {
        try {
            BundledEvent event = json.readValue(line, BundledEvent.class);
            event.event(); // the base64 columns decode
            return event;
        } catch (JsonProcessingException | IllegalArgumentException notAnEvent) {
            throw new Refused("line " + number + " of " + AuditBundle.EVENTS + " is not an event: "
                    + (notAnEvent instanceof JsonProcessingException e
                            ? e.getOriginalMessage()
                            : notAnEvent.getMessage()));
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new Refused("the bundle holds no " + name);
        }
        return entry;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(entry(zip, name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Why a bundle did not check out. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    static boolean includes(BundledEvent event, Checkpoint checkpoint, byte[] leafHash) {
        List<byte[]> proof =
                event.inclusionProof().stream().map(Base64.getDecoder()::decode).toList();
        return MerkleProofs.verifyInclusion(
                event.leafIndex(), checkpoint.treeSize(), leafHash, proof, checkpoint.rootHash());
    }

    static boolean sameBytes(byte[] bytes, String readable) {
        return readable == null || MessageDigest.isEqual(bytes, readable.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<byte[]> decoded(String base64) {
        return Optional.ofNullable(base64).map(Base64.getDecoder()::decode);
    }
}
