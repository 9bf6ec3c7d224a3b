package dev.accord.app.integrity;

import dev.accord.app.api.NotFoundException;
import dev.accord.domain.integrity.api.IntegrityStatus;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proofs of the history for anyone signed in (docs/integrity.md): the checkpoint key, the latest signed checkpoint,
 * RFC 9162 inclusion and consistency proofs, and the state of the last full verification.
 */
@RestController
@RequestMapping("/api/integrity")
@Tag(name = "Integrity", description = "Proofs that the history is what was signed (docs/integrity.md)")
class IntegrityController {

    private final IntegrityLog log;
    private final Checkpoints checkpoints;
    private final HistoryVerification verification;

    IntegrityController(IntegrityLog log, Checkpoints checkpoints, HistoryVerification verification) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.verification = verification;
    }

    @GetMapping(path = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(
            operationId = "getPublicKey",
            summary = "The C2SP verifier key checkpoints are signed with: <name>+<key id>+<base64 key>")
    String publicKey() {
        return checkpoints.verifierKey() + "\n";
    }

    @GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(
            operationId = "getLatestCheckpoint",
            summary = "The latest checkpoint, a C2SP tlog-checkpoint signed note")
    @ApiResponse(responseCode = "404", description = "No checkpoint has been signed yet")
    @ApiResponse(responseCode = "200", description = "The checkpoint note")
    String checkpoint() {
        return log.latestCheckpoint()
                .map(Checkpoint::note)
                .orElseThrow(
                        () -> new NotFoundException("No checkpoint has been signed yet: the ledger holds no events"));
    }

    record InclusionProof(long leafIndex, long treeSize, String leafHash, String rootHash, List<String> proof) {}

    @GetMapping("/inclusion")
    @Operation(
            operationId = "getInclusionProof",
            summary = "RFC 9162 inclusion proof of an event in the tree of the given size",
            description = "treeSize defaults to the latest checkpoint's, so the root can be checked against its "
                    + "signature. Hashes are base64.")
    @ApiResponse(responseCode = "404", description = "No event with this global index is logged, or no checkpoint yet")
    @ApiResponse(responseCode = "200", description = "The proof")
    InclusionProof inclusion(@RequestParam long globalIndex, @RequestParam(required = false) Long treeSize) {
        IntegrityLog.Leaf leaf = log.leafOf(globalIndex)
                .orElseThrow(() -> new NotFoundException("No event with global index " + globalIndex + " is logged"));
        long size = treeSize != null ? treeSize : latestSignedSize();
        long logged = log.size();
        if (size <= leaf.leafIndex() || size > logged) {
            throw new InvalidInputException(
                    "treeSize",
                    "Event " + globalIndex + " is leaf " + leaf.leafIndex() + ": ask for a tree of "
                            + (leaf.leafIndex() + 1) + " to " + logged + " events");
        }
        return log.withTree(tree -> new InclusionProof(
                leaf.leafIndex(),
                size,
                base64(tree.leaf(leaf.leafIndex())),
                base64(tree.root(size)),
                tree.inclusionProof(leaf.leafIndex(), size).stream()
                        .map(IntegrityController::base64)
                        .toList()));
    }

    record ConsistencyProof(long from, long to, List<String> proof) {}

    @GetMapping("/consistency")
    @Operation(
            operationId = "getConsistencyProof",
            summary = "RFC 9162 consistency proof that the tree of size `to` extends the tree of size `from`")
    ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        long logged = log.size();
        if (from < 1 || from > to) {
            throw new InvalidInputException("from", "from must be at least 1 and at most to (" + to + ")");
        }
        if (to > logged) {
            throw new InvalidInputException("to", "The log holds " + logged + " events");
        }
        return log.withTree(tree -> new ConsistencyProof(
                from,
                to,
                tree.consistencyProof(from, to).stream()
                        .map(IntegrityController::base64)
                        .toList()));
    }

    @PostMapping("/verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "startVerification",
            summary = "Start a full verification of the history (administrators)",
            description = "Every leaf recomputed from its event, the tree, every stored checkpoint's signature and "
                    + "the consistency of consecutive checkpoints. Follow it with GET /api/integrity.")
    @ApiResponse(responseCode = "403", description = "For administrators only")
    IntegrityStatus verify() {
        verification.start();
        return verification.status();
    }

    @GetMapping
    @Operation(
            operationId = "getIntegrityStatus",
            summary = "The last verification: RUNNING, VERIFIED or FAILED, and where the history was changed")
    IntegrityStatus status() {
        return verification.status();
    }

    private long latestSignedSize() {
        return log.latestCheckpoint()
                .map(Checkpoint::treeSize)
                .orElseThrow(() -> new NotFoundException("No checkpoint has been signed yet"));
    }

    private static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }
}
