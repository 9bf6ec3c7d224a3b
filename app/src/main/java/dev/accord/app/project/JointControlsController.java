package dev.accord.app.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.ChangeVersion;
import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.SignedIn;
import dev.accord.app.project.StepAnswers.ReassessmentConclusion;
import dev.accord.domain.project.api.ConcludeReassessment;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.SetReviewPolicy;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's controls, its review policy and the end of a reassessment: one member proposes, and the proposal is a
 * change that one Finance and one IT member other than the proposer approve (see ChangesController). So each answers
 * 202 Accepted, with the change to approve and its location.
 */
@RestController
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Project steps")
@ApiResponse(responseCode = "403", description = "Only members of Finance or IT propose a project's controls")
@ApiResponse(responseCode = "404", description = "No such project (or reassessment)")
@ApiResponse(
        responseCode = "409",
        description = "The project is closed, a change of the same kind is open, or others are acting on it at this "
                + "very moment")
class JointControlsController {

    private static final String ACCEPTED = "Proposed: the change to approve, at version 1";

    private final CommandGateway commands;

    JointControlsController(CommandGateway commands) {
        this.commands = commands;
    }

    record ReviewPolicyBody(
            @Schema(requiredMode = REQUIRED) Integer reviewIntervalMonths,
            @Schema(requiredMode = REQUIRED) BigDecimal spendOverrunPercent,
            @Schema(requiredMode = REQUIRED) BigDecimal benefitShortfallPercent,
            String rationale) {}

    record ConclusionBody(
            @Schema(requiredMode = REQUIRED) ReassessmentOutcome outcome, MoneyJson adjustedBudget, String rationale) {}

    @PutMapping("/review-policy")
    @Operation(
            operationId = "setReviewPolicy",
            summary = "Propose when this project's reassessment falls due on its own",
            description = "Opens a REVIEW_POLICY change; the policy is set once one Finance and one IT member other "
                    + "than you have approved it.")
    @ApiResponse(
            responseCode = "202",
            description = ACCEPTED,
            headers = @Header(name = "Location", description = "The change", schema = @Schema(type = "string")))
    ResponseEntity<ChangeVersion> reviewPolicy(@PathVariable UUID projectId, @RequestBody ReviewPolicyBody body) {
        if (body.reviewIntervalMonths() == null) {
            throw new InvalidInputException("reviewIntervalMonths", "Give the review interval in months");
        }
        UUID changeId = UUID.randomUUID();
        ReviewPolicy policy = new ReviewPolicy(
                body.reviewIntervalMonths(), body.spendOverrunPercent(), body.benefitShortfallPercent());
        commands.sendAndWait(new SetReviewPolicy(projectId, changeId, policy, body.rationale(), SignedIn.actor()));
        return ResponseEntity.accepted().location(change(projectId, changeId)).body(new ChangeVersion(changeId, 1));
    }

    @PostMapping("/reassessments/{reassessmentId}/conclusion")
    @Operation(
            operationId = "concludeReassessment",
            summary = "Propose how a reassessment ends",
            description = "Opens a CONCLUSION change: CONTINUE, ADJUST (a BUDGET change for adjustedBudget follows) or "
                    + "STOP (a CANCEL change follows). Once one Finance and one IT member other than you have "
                    + "approved it, the reassessment is concluded and the follow-up change, followUpChangeId, opens.")
    @ApiResponse(
            responseCode = "202",
            description = ACCEPTED,
            headers = @Header(name = "Location", description = "The change", schema = @Schema(type = "string")))
    ResponseEntity<ReassessmentConclusion> conclude(
            @PathVariable UUID projectId, @PathVariable UUID reassessmentId, @RequestBody ConclusionBody body) {
        UUID changeId = UUID.randomUUID();
        UUID followUp =
                body.outcome() == null || body.outcome() == ReassessmentOutcome.CONTINUE ? null : UUID.randomUUID();
        commands.sendAndWait(new ConcludeReassessment(
                projectId,
                reassessmentId,
                changeId,
                body.outcome(),
                followUp,
                MoneyJson.parseOptional("adjustedBudget", body.adjustedBudget()),
                body.rationale(),
                SignedIn.actor()));
        return ResponseEntity.accepted()
                .location(change(projectId, changeId))
                .body(new ReassessmentConclusion(reassessmentId, changeId, 1, followUp));
    }

    private static URI change(UUID projectId, UUID changeId) {
        return URI.create("/api/projects/" + projectId + "/changes/" + changeId);
    }
}
