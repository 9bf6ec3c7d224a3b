package dev.accord.app.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.NotFoundException;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.history.api.FindProjectAsOf;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.FindTimeline;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.project.api.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Projects: propose, list, read in detail, and read the decision timeline. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects")
class ProjectsController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ProjectsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record ProposalRequest(
            @Schema(requiredMode = REQUIRED) String title,
            String description,
            String sponsor,
            List<String> processesImproved,
            List<String> companyObjectives,
            List<String> itObjectives,

            @Schema(description = "In the ledger's currency (GET /api/ledger)", requiredMode = REQUIRED)
            MoneyJson requestedBudget,

            @Schema(description = "This year unless given") Integer fiscalYear,

            @Schema(description = "The requesting department, by which the portfolio groups its projects")
            String department) {}

    /** changeId: the INITIAL_BUDGET change, which Finance and IT approve. */
    record ProposedProject(UUID id, UUID changeId) {}

    record ProjectJson(
            UUID id,
            String title,
            String description,
            String status,
            MoneyJson requestedBudget,
            MoneyJson approvedBudget,
            Integer fiscalYear,
            MoneyJson spendToDate,
            BigDecimal npv,
            BigDecimal roiPercent,
            String proposedBy,
            String proposedBySide,
            Instant proposedAt) {

        static ProjectJson of(ProjectSummary summary) {
            return new ProjectJson(
                    summary.id(),
                    summary.title(),
                    summary.description(),
                    summary.status().name(),
                    MoneyJson.of(summary.requestedBudget()),
                    MoneyJson.of(summary.approvedBudget()),
                    summary.fiscalYear(),
                    MoneyJson.of(summary.spendToDate()),
                    summary.npv(),
                    summary.roiPercent(),
                    summary.proposedBy().userId(),
                    summary.proposedBy().side() == null
                            ? null
                            : summary.proposedBy().side().name(),
                    summary.proposedAt());
        }
    }

    /** repliesTo: for a comment, the sequence of the step it discusses, so a client can thread the conversation. */
    record TimelineJson(
            long sequence,
            String type,
            Instant at,
            String actor,
            String actorName,
            String side,
            String summary,
            UUID changeId,
            Long repliesTo) {

        static TimelineJson of(TimelineEntry entry) {
            return new TimelineJson(
                    entry.sequence(),
                    entry.type(),
                    entry.at(),
                    entry.actor().userId(),
                    entry.actor().displayName(),
                    entry.actor().side() == null ? null : entry.actor().side().name(),
                    entry.summary(),
                    entry.changeId(),
                    entry.repliesTo());
        }
    }

    @PostMapping
    @Operation(
            operationId = "proposeProject",
            summary = "Propose a project",
            description = "Opens the INITIAL_BUDGET change, which one Finance and one IT member must approve. "
                    + "Answers 201 with the project's id and that change's id.")
    @ApiResponse(
            responseCode = "201",
            description = "Proposed",
            headers = @Header(name = "Location", description = "The project", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT propose")
    ResponseEntity<ProposedProject> propose(@RequestBody ProposalRequest request) {
        UUID id = UUID.randomUUID();
        UUID changeId = UUID.randomUUID();
        int fiscalYear =
                request.fiscalYear() == null ? LocalDate.now(ZoneOffset.UTC).getYear() : request.fiscalYear();
        commands.sendAndWait(new ProposeProject(
                id,
                changeId,
                request.title(),
                request.description(),
                request.sponsor(),
                request.processesImproved(),
                request.companyObjectives(),
                request.itObjectives(),
                MoneyJson.parse("requestedBudget", request.requestedBudget()),
                fiscalYear,
                SignedIn.actor(),
                request.department()));
        return ResponseEntity.created(URI.create("/api/projects/" + id)).body(new ProposedProject(id, changeId));
    }

    @GetMapping
    @Operation(operationId = "listProjects", summary = "All projects, newest first")
    List<ProjectJson> all() {
        return queries
                .query(new FindProjects(), ResponseTypes.multipleInstancesOf(ProjectSummary.class))
                .join()
                .stream()
                .map(ProjectJson::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getProject",
            summary = "One project in detail, with its open changes and their approvals",
            description = "With asOf (an ISO-8601 instant such as 2026-03-31T17:00:00Z) the project as it stood then, "
                    + "folded from its events recorded up to that instant; 404 before it was proposed.")
    @ApiResponse(responseCode = "404", description = "No such project (or not yet, as of asOf)")
    @ApiResponse(responseCode = "200", description = "The project")
    ProjectDetailJson one(
            @PathVariable UUID id, @RequestParam(required = false) Instant asOf, HttpServletResponse response) {
        if (asOf == null) {
            return ProjectDetailJson.of(detail(id), WaitingFor.openChangesOf(queries, id));
        }
        long started = System.nanoTime();
        ProjectDetail then = queries.query(
                        new FindProjectAsOf(id, asOf), ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No project " + id + " as of " + asOf));
        // The standard Server-Timing header: how long the fold from the event stream took, apart from HTTP and the
        // password check, for browsers' developer tools and the replay benchmark in ops/.
        response.setHeader(
                "Server-Timing",
                String.format(
                        Locale.ROOT,
                        "asof;dur=%.1f;desc=\"fold from the event stream\"",
                        (System.nanoTime() - started) / 1e6));
        return ProjectDetailJson.of(then);
    }

    @GetMapping("/{id}/timeline")
    @Operation(operationId = "getTimeline", summary = "Every event of the project as a readable entry, oldest first")
    @ApiResponse(responseCode = "404", description = "No such project")
    @ApiResponse(responseCode = "200", description = "The timeline, oldest first")
    List<TimelineJson> timeline(@PathVariable UUID id) {
        detail(id);
        return queries
                .query(new FindTimeline(id), ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                .join()
                .stream()
                .map(TimelineJson::of)
                .toList();
    }

    private ProjectDetail detail(UUID id) {
        return queries.query(new FindProjectDetail(id), ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No project " + id));
    }
}
