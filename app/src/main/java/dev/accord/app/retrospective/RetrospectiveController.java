package dev.accord.app.retrospective;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.accord.app.api.NotFoundException;
import dev.accord.domain.retrospective.api.ExportFormat;
import dev.accord.domain.retrospective.api.ExportRetrospective;
import dev.accord.domain.retrospective.api.FindProjectRetrospective;
import dev.accord.domain.retrospective.api.FindYearRetrospective;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.RetrospectiveFile;
import dev.accord.domain.retrospective.api.RetrospectiveSubject;
import dev.accord.domain.retrospective.api.YearRetrospective;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The retrospective report of a project or a fiscal year as JSON, CSV or PDF. Any signed-in user may read it.
 * The JSON is the report's own records, with money written as everywhere in the API (amounts as strings).
 */
@RestController
@Tag(name = "Retrospectives")
class RetrospectiveController {

    private static final String CSV = "text/csv";
    private static final String PDF = "application/pdf";

    private final QueryGateway queries;
    private final ObjectMapper json;

    RetrospectiveController(QueryGateway queries, ObjectMapper json) {
        this.queries = queries;
        // A copy: Axon serializes events with the application's mapper, whose Money format must not change.
        this.json = json.copy()
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .registerModule(new SimpleModule().addSerializer(Money.class, new MoneyAsApiWritesIt()));
    }

    @GetMapping("/api/projects/{id}/retrospective")
    @Operation(
            operationId = "getProjectRetrospective",
            summary = "A project looked back on: plan against actual, lead times, reasons and participants")
    @ApiResponse(responseCode = "404", description = "No such project")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ProjectRetrospective.class)))
    ResponseEntity<byte[]> project(@PathVariable UUID id) throws IOException {
        ProjectRetrospective retrospective = queries.query(
                        new FindProjectRetrospective(id), ResponseTypes.optionalInstanceOf(ProjectRetrospective.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No project " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(retrospective));
    }

    @GetMapping("/api/projects/{id}/retrospective.csv")
    @Operation(
            operationId = "getProjectRetrospectiveCsv",
            summary = "A project's retrospective as CSV (section, item, measure, value, unit)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such project")
    ResponseEntity<byte[]> projectCsv(@PathVariable UUID id) {
        return file(new RetrospectiveSubject.Project(id), ExportFormat.CSV);
    }

    @GetMapping("/api/projects/{id}/retrospective.pdf")
    @Operation(
            operationId = "getProjectRetrospectivePdf",
            summary = "A project's retrospective as a PDF report with the spend chart")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such project")
    ResponseEntity<byte[]> projectPdf(@PathVariable UUID id) {
        return file(new RetrospectiveSubject.Project(id), ExportFormat.PDF);
    }

    @GetMapping("/api/portfolio/{fiscalYear}/retrospective")
    @Operation(
            operationId = "getYearRetrospective",
            summary = "A fiscal year looked back on: budget, its projects' plan against actual, decisions, people")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = YearRetrospective.class)))
    ResponseEntity<byte[]> year(@PathVariable int fiscalYear) throws IOException {
        YearRetrospective retrospective = queries.query(
                        new FindYearRetrospective(checked(fiscalYear)),
                        ResponseTypes.instanceOf(YearRetrospective.class))
                .join();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(retrospective));
    }

    @GetMapping("/api/portfolio/{fiscalYear}/retrospective.csv")
    @Operation(operationId = "getYearRetrospectiveCsv", summary = "A fiscal year's retrospective as CSV")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    ResponseEntity<byte[]> yearCsv(@PathVariable int fiscalYear) {
        return file(new RetrospectiveSubject.Year(checked(fiscalYear)), ExportFormat.CSV);
    }

    @GetMapping("/api/portfolio/{fiscalYear}/retrospective.pdf")
    @Operation(
            operationId = "getYearRetrospectivePdf",
            summary = "A fiscal year's retrospective as a PDF report with the spend chart")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> yearPdf(@PathVariable int fiscalYear) {
        return file(new RetrospectiveSubject.Year(checked(fiscalYear)), ExportFormat.PDF);
    }

    private ResponseEntity<byte[]> file(RetrospectiveSubject subject, ExportFormat format) {
        RetrospectiveFile file = queries.query(
                        new ExportRetrospective(subject, format),
                        ResponseTypes.optionalInstanceOf(RetrospectiveFile.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No " + subject.slug().replace('-', ' ')));
        return ResponseEntity.ok()
                // CSV says its charset, so spreadsheets read names with accents right
                .contentType(
                        format == ExportFormat.CSV
                                ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                                : MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }

    private static int checked(int fiscalYear) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new InvalidInputException("fiscalYear", "The fiscal year must be between 2000 and 2100");
        }
        return fiscalYear;
    }

    /** {"amount": "120000.00", "currency": "EUR"}, as MoneyJson writes it for the rest of the API. */
    private static final class MoneyAsApiWritesIt extends JsonSerializer<Money> {
        @Override
        public void serialize(Money money, JsonGenerator out, SerializerProvider serializers) throws IOException {
            out.writeStartObject();
            out.writeStringField("amount", money.amount().setScale(2).toPlainString());
            out.writeStringField("currency", money.currency());
            out.writeEndObject();
        }
    }
}
