package dev.accord.app.actualsimport;

import dev.accord.app.api.SignedIn;
import dev.accord.domain.project.api.ActualsProblem;
import dev.accord.domain.project.api.ActualsSheetCheck;
import dev.accord.domain.project.api.ActualsSheetRow;
import dev.accord.domain.project.api.ActualsTemplate;
import dev.accord.domain.project.api.FindActualsTemplate;
import dev.accord.domain.project.api.ImportActuals;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.SheetFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Actuals from a spreadsheet: a preview of every row with its problems, the import of all rows or none, and the
 * template to fill in. Each row is recorded as the caller's own actuals, by the same rules as typing the month.
 */
@RestController
@RequestMapping("/api/actuals/import")
@Tag(name = "Actuals import")
class ActualsImportController {

    private final ActualsSheets sheets;
    private final ActualsTemplates templates;
    private final CommandGateway commands;
    private final String currency;

    ActualsImportController(
            ActualsSheets sheets,
            ActualsTemplates templates,
            CommandGateway commands,
            @Value("${accord.currency}") String currency) {
        this.sheets = sheets;
        this.templates = templates;
        this.commands = commands;
        this.currency = currency;
    }

    @Schema(description = "A row of the file as read: amounts as written, in the ledger's currency")
    record PreviewRow(
            int row,
            String project,
            UUID projectId,
            String projectTitle,
            String month,
            String spend,
            Map<String, String> benefits,
            List<ActualsProblem> problems) {}

    record Preview(
            boolean importable,
            String currency,
            List<String> metrics,
            List<PreviewRow> rows,

            @Schema(description = "Every problem, the file's first, then row by row")
            List<ActualsProblem> problems) {}

    record Imported(int recorded, List<PreviewRow> rows) {}

    /** How the upload is described: the one form field the endpoints read. */
    @Schema(name = "SpreadsheetUpload")
    record SpreadsheetUpload(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    type = "string",
                    format = "binary",
                    description = "An .xlsx or .csv file, at most 1 MB")
            String file) {}

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "previewActualsImport",
            summary = "Check a spreadsheet of actuals, recording nothing",
            description = "An XLSX or CSV file: columns Project (exact title or id), Month (2026-03), Spend, and one "
                    + "column per ROI metric. Every row is checked by the same rules as recording it.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = SpreadsheetUpload.class)))
    Preview preview(@RequestPart("file") MultipartFile file) {
        return preview(check(file));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "importActuals",
            summary = "Record every row of a spreadsheet as your actuals, or none",
            description = "Checked first as the preview is; any problem and nothing is recorded.")
    @ApiResponse(responseCode = "200", description = "Every row was recorded")
    @ApiResponse(
            responseCode = "400",
            description = "Nothing was recorded: the problem's \"rows\" lists every row's problems",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT record actuals")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = SpreadsheetUpload.class)))
    Imported importActuals(@RequestPart("file") MultipartFile file) {
        ActualsSheetCheck check = check(file);
        if (!check.isImportable()) {
            throw refused(check.problems());
        }
        int recorded = commands.sendAndWait(new ImportActuals(check.lines(), SignedIn.actor()));
        return new Imported(recorded, preview(check).rows());
    }

    @GetMapping("/template.xlsx")
    @Operation(operationId = "actualsTemplateXlsx", summary = "The template to fill in, as an Excel workbook")
    ResponseEntity<byte[]> templateXlsx() {
        return file(templates.handle(new FindActualsTemplate(SheetFormat.XLSX)));
    }

    @GetMapping("/template.csv")
    @Operation(operationId = "actualsTemplateCsv", summary = "The template to fill in, as CSV")
    ResponseEntity<byte[]> templateCsv() {
        return file(templates.handle(new FindActualsTemplate(SheetFormat.CSV)));
    }

    /** Nothing was recorded: a 400 problem listing the problems of the file and of each row. */
    private static ErrorResponseException refused(List<ActualsProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.isEmpty()
                        ? "The file holds no actuals to import"
                        : problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                                + " in the file; nothing was recorded");
        problem.setTitle("Invalid file");
        problem.setProperty("field", "file");
        problem.setProperty("rows", problems);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private ActualsSheetCheck check(MultipartFile file) {
        try {
            return sheets.check(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Preview preview(ActualsSheetCheck check) {
        return new Preview(
                check.isImportable(),
                currency,
                check.metrics(),
                check.rows().stream().map(ActualsImportController::row).toList(),
                check.problems());
    }

    private static PreviewRow row(ActualsSheetRow row) {
        Map<String, String> benefits = new LinkedHashMap<>();
        for (RealisedBenefit benefit : row.benefits()) {
            benefits.put(benefit.metric(), benefit.amount().amount().toPlainString());
        }
        return new PreviewRow(
                row.row(),
                row.project(),
                row.projectId(),
                row.projectTitle(),
                row.period() == null ? null : row.period().toString(),
                row.spend() == null ? null : row.spend().amount().toPlainString(),
                benefits,
                row.problems());
    }

    private static ResponseEntity<byte[]> file(ActualsTemplate template) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(template.fileName())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(template.mediaType()))
                .body(template.content());
    }
}
