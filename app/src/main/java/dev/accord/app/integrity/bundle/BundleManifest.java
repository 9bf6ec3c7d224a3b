package dev.accord.app.integrity.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * manifest.json: what the bundle says it holds. It is not signed: it catches events lost or removed from the bundle
 * on its way, but only the checkpoint's signature and the inclusion proofs prove anything about the ledger.
 *
 * @param scope          "project", "fiscalYear" or "ledger"
 * @param subject        the project's id or the year; null for the ledger
 * @param globalIndexes  every bundled event's global index in order; null for the ledger, whose events are every
 *                       leaf from 0 to treeSize - 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleManifest(
        String format,
        String scope,
        String subject,
        Instant createdAt,
        long treeSize,
        String rootHash,
        long events,
        List<Long> globalIndexes) {

    public static final String FORMAT = "accord-audit-bundle/1";
}
