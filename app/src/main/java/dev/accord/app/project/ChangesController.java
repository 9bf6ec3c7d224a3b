package dev.accord.app.project;

import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.RejectChange;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Change requests and their joint approval: request, revise, withdraw, approve, reject. */
@RestController
@RequestMapping("/api/projects/{projectId}/changes")
@Tag(name = "Changes and joint approval")
class ChangesController {

    private final CommandGateway commands;

    ChangesController(CommandGateway commands) {
        this.commands = commands;
    }

    record ChangeRequestBody(ChangeKind kind, MoneyJson budget, String scope, LocalDate targetDate, String rationale) {}

    record RevisionBody(MoneyJson budget, String scope, LocalDate targetDate, String rationale) {}

    record ApprovalBody(Integer version, String comment) {}

    record RejectionBody(String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Request a change",
            description = "kind: BUDGET, SCOPE, TIMELINE, PAUSE, RESUME, CANCEL or "
                    + "COMPLETE. BUDGET names the new budget, SCOPE the new scope, TIMELINE the new target date.")
    Map<String, Object> request(@PathVariable UUID projectId, @RequestBody ChangeRequestBody body) {
        if (body.kind() == null) {
            throw new InvalidInputException("kind", "Say what kind of change this is");
        }
        UUID changeId = UUID.randomUUID();
        commands.sendAndWait(new RequestChange(
                projectId,
                changeId,
                body.kind(),
                new ChangeTerms(MoneyJson.parseOptional("budget", body.budget()), body.scope(), body.targetDate()),
                body.rationale(),
                SignedIn.actor()));
        return Map.of("changeId", changeId, "version", 1);
    }

    @PutMapping("/{changeId}")
    @Operation(
            summary = "Revise a change (requester only)",
            description = "Puts the next version on the table " + "and voids every approval of earlier versions.")
    Map<String, Object> revise(
            @PathVariable UUID projectId, @PathVariable UUID changeId, @RequestBody RevisionBody body) {
        int version = commands.sendAndWait(new ReviseChange(
                projectId,
                changeId,
                new ChangeTerms(MoneyJson.parseOptional("budget", body.budget()), body.scope(), body.targetDate()),
                body.rationale(),
                SignedIn.actor()));
        return Map.of("changeId", changeId, "version", version);
    }

    @DeleteMapping("/{changeId}")
    @Operation(summary = "Withdraw a change (requester only)")
    Map<String, Object> withdraw(@PathVariable UUID projectId, @PathVariable UUID changeId) {
        commands.sendAndWait(new WithdrawChange(projectId, changeId, SignedIn.actor()));
        return Map.of("changeId", changeId, "state", ChangeState.WITHDRAWN);
    }

    @PostMapping("/{changeId}/approvals")
    @Operation(
            summary = "Approve one exact version of a change",
            description = "Takes effect once one Finance and one IT member other than the requester have approved "
                    + "the current version. 403 for your own change, 409 for a stale version, a second approval "
                    + "or a decided change, or when the fiscal year's budget cannot carry it.")
    Map<String, Object> approve(
            @PathVariable UUID projectId, @PathVariable UUID changeId, @RequestBody ApprovalBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Name the version you approve");
        }
        boolean tookEffect = commands.sendAndWait(
                new ApproveChange(projectId, changeId, body.version(), body.comment(), SignedIn.actor()));
        return Map.of("changeId", changeId, "version", body.version(), "tookEffect", tookEffect);
    }

    @PostMapping("/{changeId}/rejections")
    @Operation(summary = "Reject a change, with a reason", description = "One rejection closes the change.")
    Map<String, Object> reject(
            @PathVariable UUID projectId, @PathVariable UUID changeId, @RequestBody RejectionBody body) {
        commands.sendAndWait(new RejectChange(projectId, changeId, body.reason(), SignedIn.actor()));
        return Map.of("changeId", changeId, "state", ChangeState.REJECTED);
    }
}
