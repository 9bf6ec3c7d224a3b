package dev.accord.app.integrity.bundle;

import dev.accord.app.api.NotFoundException;
import dev.accord.app.integrity.Checkpoint;
import dev.accord.app.integrity.Checkpoints;
import dev.accord.domain.shared.NotPermittedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/integrity/bundle: an audit bundle anyone can check offline (docs/integrity.md, "Audit bundle"). */
@RestController
@Tag(name = "Integrity")
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
    @Operation(
            operationId = "downloadAuditBundle",
            summary = "A zip of events with their inclusion proofs, the checkpoint and the key, to check offline",
            description = "projectId: one project's events; fiscalYear: the year's portfolio and projects (any "
                    + "signed-in user); neither: the whole ledger (administrators only, 403 for others). The "
                    + "checkpoint is the latest, signed now if the log has grown since. Check it with "
                    + "java -jar accord.jar verify --bundle=FILE --public-key=KEY.")
    @ApiResponse(
            responseCode = "200",
            description = "The bundle, as an attachment",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "The whole ledger's bundle is for administrators")
    @ApiResponse(
            responseCode = "404",
            description = "No such project, nothing for the fiscal year, or no checkpoint signed yet")
    void bundle(
            @RequestParam(required = false) UUID projectId,
            @RequestParam(required = false) Integer fiscalYear,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        BundleScope scope = scopes.of(projectId, fiscalYear);
        // The whole ledger holds the administration of people too (accounts added, roles changed), which only
        // administrators see in the application.
        if (scope.kind() == BundleScope.Kind.LEDGER && !request.isUserInRole("ADMIN")) {
            throw new NotPermittedException("The whole ledger's bundle is for administrators: it holds the "
                    + "administration of people too. Ask for a project's (projectId) or a fiscal year's (fiscalYear)");
        }
        // Signed now, so that the bundle covers the events appended up to this moment.
        Checkpoint checkpoint = checkpoints
                .signNow()
                .orElseThrow(
                        () -> new NotFoundException("No checkpoint has been signed yet: the ledger holds no events"));
        // Readable by this process's user only (createTempFile's default), and gone whatever happens to the download.
        Path file = Files.createTempFile("accord-audit-bundle-", ".zip");
        try {
            write(scope, checkpoint, file);
            response.setContentType("application/zip");
            response.setContentLengthLong(Files.size(file));
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(scope.fileName())
                            .build()
                            .toString());
            // At the client's pace, holding no database connection.
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void write(BundleScope scope, Checkpoint checkpoint, Path file) throws IOException {
        try {
            bundle.write(scope, checkpoint, checkpoints.verifierKey(), file);
        } catch (AuditBundle.LeafMissing damaged) {
            throw new ErrorResponseException(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, damaged.getMessage()),
                    damaged);
        }
    }
}
