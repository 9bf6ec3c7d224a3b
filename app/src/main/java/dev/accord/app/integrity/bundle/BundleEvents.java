package dev.accord.app.integrity.bundle;

import dev.accord.app.integrity.CanonicalEvent;
import dev.accord.app.integrity.Checkpoint;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of a bundle, checked one by one in their order: each leaf recomputed and proved in the checkpoint's
 * tree, in ledger order, each aggregate's sequence without a gap; at the end, nothing the manifest lists is missing
 * (for the whole ledger: every leaf of the tree is there; for a project or a fiscal year: at least one event).
 */
final class BundleEvents {

    private final Checkpoint checkpoint;
    private final BundleManifest manifest;
    private final List<Long> listed;
    private int nextListed;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private long lastLeaf = -1;
    private long verified;

    BundleEvents(Checkpoint checkpoint, BundleManifest manifest) {
        this.checkpoint = checkpoint;
        this.manifest = manifest;
        this.listed = manifest.globalIndexes();
    }

    void check(BundledEvent event) {
        String where = event.where();
        checkListed(event);
        if (event.leafIndex() == null || event.inclusionProof() == null) {
            throw new BundleVerifier.Refused(where + " was never logged: it has no leaf and no inclusion proof");
        }
        if (event.leafIndex() <= lastLeaf) {
            throw new BundleVerifier.Refused(
                    where + " is out of order: leaf " + event.leafIndex() + " after leaf " + lastLeaf);
        }
        if ("ledger".equals(manifest.scope()) && event.leafIndex() != lastLeaf + 1) {
            throw new BundleVerifier.Refused("leaves " + (lastLeaf + 1) + " to " + (event.leafIndex() - 1)
                    + " are missing from the bundle, before " + where);
        }
        CanonicalEvent row = event.event();
        byte[] leafHash = row.leafHash();
        if (!MessageDigest.isEqual(
                leafHash, BundleVerifier.decoded(event.leafHash()).orElse(new byte[0]))) {
            throw new BundleVerifier.Refused(
                    where + " has been changed: its columns no longer hash to the leaf " + "logged for it");
        }
        if (!BundleVerifier.sameBytes(row.payload(), event.readablePayload())
                || !BundleVerifier.sameBytes(row.metaData(), event.readableMetaData())) {
            throw new BundleVerifier.Refused(where + ": its readable payload or metadata is not the bytes of its "
                    + "payload or metadata (the readable text was changed)");
        }
        if (!BundleVerifier.includes(event, checkpoint, leafHash)) {
            throw new BundleVerifier.Refused(where + " is not in the signed history: its inclusion proof does not lead "
                    + "from its leaf (" + event.leafIndex() + ") to the checkpoint's root");
        }
        checkSequence(event);
        lastLeaf = event.leafIndex();
        verified++;
    }

    /** Events outside aggregates (type null) stand alone; an aggregate's run 0, 1, 2, ... in the ledger. */
    private void checkSequence(BundledEvent event) {
        if (event.type() == null) {
            return;
        }
        String aggregate = event.type() + " " + event.aggregateIdentifier();
        long next = nextSequence.getOrDefault(aggregate, 0L);
        long found = event.sequenceNumber();
        if (found != next) {
            String missing = found - 1 == next
                    ? "sequence " + next + " is"
                    : "sequences " + next + " to " + (found - 1) + " are";
            throw new BundleVerifier.Refused((next == 0
                            ? "the first event of " + aggregate + " is "
                            : "the events of " + aggregate + " jump from sequence " + (next - 1) + " to ")
                    + event.where() + ": " + (found < next ? "a sequence number seen before" : missing + " missing"));
        }
        nextSequence.put(aggregate, next + 1);
    }

    /** The events come in the manifest's order: one skipped is named as missing. */
    private void checkListed(BundledEvent event) {
        if (listed == null) {
            return;
        }
        if (nextListed == listed.size() || listed.get(nextListed) > event.globalIndex()) {
            throw new BundleVerifier.Refused(event.where() + " is in the bundle but not in its manifest");
        }
        if (listed.get(nextListed) < event.globalIndex()) {
            throw new BundleVerifier.Refused("event " + listed.get(nextListed) + ", listed in the manifest, is "
                    + "missing from the bundle (it would come before " + event.where() + ")");
        }
        nextListed++;
    }

    void checkNoneMissing() {
        if (listed != null && nextListed < listed.size()) {
            throw new BundleVerifier.Refused("event " + listed.get(nextListed) + ", listed in the manifest, is "
                    + "missing from the bundle"
                    + (listed.size() - nextListed > 1
                            ? ", with " + (listed.size() - nextListed - 1) + " more after it"
                            : "")
                    + " (at its end)");
        }
        if ("ledger".equals(manifest.scope()) && lastLeaf + 1 != checkpoint.treeSize()) {
            throw new BundleVerifier.Refused("the checkpoint covers " + checkpoint.treeSize() + " events, the bundle "
                    + "ends after leaf " + lastLeaf + ": leaves " + (lastLeaf + 1) + " to "
                    + (checkpoint.treeSize() - 1) + " are missing");
        }
        if (listed != null && verified == 0) {
            // Accord makes a project's or a fiscal year's bundle only for one the ledger holds events of: an empty
            // one proves nothing, and would say so with "Verified".
            throw new BundleVerifier.Refused("the bundle holds no events of its " + manifest.scope() + " "
                    + manifest.subject() + ": there is nothing to verify");
        }
        if (verified != manifest.events()) {
            throw new BundleVerifier.Refused(
                    "the manifest says " + manifest.events() + " events, the bundle holds " + verified);
        }
    }

    long verified() {
        return verified;
    }
}
