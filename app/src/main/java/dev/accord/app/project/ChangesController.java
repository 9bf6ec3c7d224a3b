package dev.accord.app.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.ChangeClosed;
import dev.accord.app.api.ChangeVersion;
import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.NotFoundException;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.project.api.ApprovalBasis;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.RejectChange;
import dev.accord.domain.project.api.RequestChange;
import dev.accord.domain.project.api.ReviseChange;
import dev.accord.domain.project.api.WithdrawChange;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
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
@Tag(name = "Changes", description = "Change requests and their joint approval by Finance and IT")
class ChangesController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ChangesController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record ChangeRequestBody(
            @Schema(requiredMode = REQUIRED) ChangeKind kind,
            MoneyJson budget,
            String scope,
            LocalDate targetDate,
            String rationale) {}

    record RevisionBody(MoneyJson budget, String scope, LocalDate targetDate, String rationale) {}

    /**
     * onBehalfOf: the user name of a colleague whose delegation to you is active today; leave out to act yourself.
     * basis: the business case you were shown (the project's businessCaseBasis when you read it); refused with 409
     * when newer figures arrived since; leave out to approve on the figures on record now.
     */
    record ChangeApprovalBody(
            @Schema(requiredMode = REQUIRED) Integer version, String comment, String onBehalfOf, ApprovalBasis basis) {}

    record ChangeRejectionBody(
            @Schema(requiredMode = REQUIRED) String reason, String onBehalfOf) {}

    /** tookEffect: this approval was the second side's, so the change now holds. */
    record ChangeApproved(UUID changeId, int version, boolean tookEffect) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "requestChange",
            summary = "Request a change",
            description = "kind: BUDGET, SCOPE, TIMELINE, PAUSE, RESUME, CANCEL or "
                    + "COMPLETE. BUDGET names the new budget, SCOPE the new scope, TIMELINE the new target date. A review "
                    + "policy and a reassessment's conclusion are proposed at their own paths.")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT request changes")
    @ApiResponse(responseCode = "404", description = "No such project")
    @ApiResponse(
            responseCode = "409",
            description = "The project's state does not allow this change, or others are acting on it at this very "
                    + "moment")
    ChangeVersion request(@PathVariable UUID projectId, @RequestBody ChangeRequestBody body) {
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
        return new ChangeVersion(changeId, 1);
    }

    @GetMapping("/{changeId}")
    @Operation(
            operationId = "getChange",
            summary = "One change with its approvals",
            description = "Where a proposed review policy or reassessment conclusion can be followed.")
    @ApiResponse(responseCode = "404", description = "No such project or change")
    @ApiResponse(responseCode = "200", description = "The change")
    ProjectDetailJson.ChangeJson one(@PathVariable UUID projectId, @PathVariable UUID changeId) {
        return queries
                .query(new FindProjectDetail(projectId), ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No project " + projectId))
                .changes()
                .stream()
                .filter(change -> change.changeId().equals(changeId))
                .findFirst()
                .map(change -> ProjectDetailJson.ChangeJson.of(
                        change, WaitingFor.openChangesOf(queries, projectId).get(changeId)))
                .orElseThrow(() -> new NotFoundException("No change " + changeId + " on this project"));
    }

    @PutMapping("/{changeId}")
    @Operation(
            operationId = "reviseChange",
            summary = "Revise a change (requester only)",
            description = "Puts the next version on the table " + "and voids every approval of earlier versions.")
    @ApiResponse(responseCode = "403", description = "Only the requester revises a change")
    @ApiResponse(responseCode = "404", description = "No such project or change")
    @ApiResponse(responseCode = "409", description = "The change is decided, or others are acting on it")
    @ApiResponse(responseCode = "200", description = "The new version, to approve")
    ChangeVersion revise(@PathVariable UUID projectId, @PathVariable UUID changeId, @RequestBody RevisionBody body) {
        int version = commands.sendAndWait(new ReviseChange(
                projectId,
                changeId,
                new ChangeTerms(MoneyJson.parseOptional("budget", body.budget()), body.scope(), body.targetDate()),
                body.rationale(),
                SignedIn.actor()));
        return new ChangeVersion(changeId, version);
    }

    @DeleteMapping("/{changeId}")
    @Operation(operationId = "withdrawChange", summary = "Withdraw a change (requester only)")
    @ApiResponse(responseCode = "403", description = "Only the requester withdraws a change")
    @ApiResponse(responseCode = "404", description = "No such project or change")
    @ApiResponse(responseCode = "409", description = "The change is decided, or others are acting on it")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    ChangeClosed withdraw(@PathVariable UUID projectId, @PathVariable UUID changeId) {
        commands.sendAndWait(new WithdrawChange(projectId, changeId, SignedIn.actor()));
        return new ChangeClosed(changeId, ChangeState.WITHDRAWN);
    }

    @PostMapping("/{changeId}/approvals")
    @Operation(
            operationId = "approveChange",
            summary = "Approve one exact version of a change",
            description = "Takes effect once one Finance and one IT member other than the requester have approved "
                    + "the current version. 403 for your own change, 409 for a stale version, a second approval "
                    + "or a decided change, or when the fiscal year's budget cannot carry it.")
    @ApiResponse(
            responseCode = "403",
            description = "Your own change, you are not a member of Finance or IT, or onBehalfOf names someone whose "
                    + "delegation to you is not active today or who requested the change")
    @ApiResponse(responseCode = "404", description = "No such project or change")
    @ApiResponse(
            responseCode = "409",
            description =
                    "A stale version or basis (the figures changed since you looked), you (or the one you act for) "
                            + "already approved, the change is decided, the year's budget cannot carry it, or others "
                            + "are acting on it at this very moment")
    @ApiResponse(responseCode = "200", description = "Approved")
    ChangeApproved approve(
            @PathVariable UUID projectId, @PathVariable UUID changeId, @RequestBody ChangeApprovalBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Name the version you approve");
        }
        boolean tookEffect = commands.sendAndWait(new ApproveChange(
                projectId,
                changeId,
                body.version(),
                body.comment(),
                SignedIn.actor(),
                body.onBehalfOf(),
                body.basis()));
        return new ChangeApproved(changeId, body.version(), tookEffect);
    }

    @PostMapping("/{changeId}/rejections")
    @Operation(
            operationId = "rejectChange",
            summary = "Reject a change, with a reason",
            description = "One rejection closes the change.")
    @ApiResponse(
            responseCode = "403",
            description = "Your own change, you are not a member of Finance or IT, or no active delegation from "
                    + "onBehalfOf")
    @ApiResponse(responseCode = "404", description = "No such project or change")
    @ApiResponse(responseCode = "409", description = "The change is decided, or others are acting on it")
    @ApiResponse(responseCode = "200", description = "Rejected")
    ChangeClosed reject(
            @PathVariable UUID projectId, @PathVariable UUID changeId, @RequestBody ChangeRejectionBody body) {
        commands.sendAndWait(new RejectChange(projectId, changeId, body.reason(), SignedIn.actor(), body.onBehalfOf()));
        return new ChangeClosed(changeId, ChangeState.REJECTED);
    }
}
