package dev.accord.app.project;

import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.NotFoundException;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.project.api.FindProject;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.project.api.ProposeProject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    record ProposalRequest(String title, String description, MoneyJson requestedBudget) {
    }

    record ProjectJson(UUID id, String title, String description, String status, MoneyJson requestedBudget,
                       MoneyJson approvedBudget, String proposedBy, String proposedBySide, Instant proposedAt) {

        static ProjectJson of(ProjectSummary summary) {
            return new ProjectJson(summary.id(), summary.title(), summary.description(), summary.status().name(),
                    MoneyJson.of(summary.requestedBudget()), MoneyJson.of(summary.approvedBudget()),
                    summary.proposedBy().userId(),
                    summary.proposedBy().side() == null ? null : summary.proposedBy().side().name(),
                    summary.proposedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Propose a project", description = "Answers 201 with the new project's id.")
    ResponseEntity<Map<String, UUID>> propose(@RequestBody ProposalRequest request) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new ProposeProject(id, request.title(), request.description(),
                MoneyJson.parse("requestedBudget", request.requestedBudget()), SignedIn.actor()));
        return ResponseEntity.created(URI.create("/api/projects/" + id)).body(Map.of("id", id));
    }

    @GetMapping
    @Operation(summary = "All projects, newest first")
    List<ProjectJson> all() {
        return queries.query(new FindProjects(), ResponseTypes.multipleInstancesOf(ProjectSummary.class))
                .join().stream().map(ProjectJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project")
    ProjectJson one(@PathVariable UUID id) {
        return queries.query(new FindProject(id), ResponseTypes.optionalInstanceOf(ProjectSummary.class))
                .join()
                .map(ProjectJson::of)
                .orElseThrow(() -> new NotFoundException("No project " + id));
    }
}
