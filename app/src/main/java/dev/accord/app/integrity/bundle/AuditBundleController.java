package dev.accord.app.integrity.bundle;

import dev.accord.app.api.NotFoundException;
import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.Checkpoints;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.sql.SQLException;
import java.util.UUID;

/** GET /api/integrity/bundle: an audit bundle anyone can check offline (docs/integrity.md, "Audit bundle"). */
@RestController
class AuditBundleController {

    private final BundleScopes scopes;
    private final Checkpoints checkpoints;
    private final AuditBundle bundle;

    AuditBundleController(BundleScopes scopes, Checkpoints checkpoints, AuditBundle bundle) {
        this.scopes = scopes;
        this.checkpoints = checkpoints;
        this.bundle = bundle;
    }

    @GetMapping("/api/integrity/bundle")
    @Operation(summary = "A zip of events with their inclusion proofs, the checkpoint and the key, to check offline",
            description = "projectId: one project's events; fiscalYear: the year's portfolio and projects; neither: "
                    + "the whole ledger. The checkpoint is the latest, signed now if the log has grown since. Check it "
                    + "with java -jar accord.jar verify --bundle=FILE --public-key=KEY.")
    void bundle(@RequestParam(required = false) UUID projectId, @RequestParam(required = false) Integer fiscalYear,
                HttpServletResponse response) throws IOException, SQLException {
        BundleScope scope = scopes.of(projectId, fiscalYear);
        // Signed now, so that the bundle covers the events appended up to this moment.
        Checkpoint checkpoint = checkpoints.signNow()
                .orElseThrow(() -> new NotFoundException("No checkpoint has been signed yet: the ledger holds no events"));
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(scope.fileName()).build().toString());
        bundle.write(scope, checkpoint, checkpoints.verifierKey(), response.getOutputStream());
    }
}
