package dev.accord.app.project;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.SignedIn;
import dev.accord.app.project.StepAnswers.AddedComment;
import dev.accord.app.project.StepAnswers.ProjectStep;
import dev.accord.app.project.StepAnswers.ReassessmentStep;
import dev.accord.app.project.StepAnswers.RecordedActuals;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.AnswerAssessment;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.CallReassessment;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.project.api.SubmitReassessmentView;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The other steps of a project's history: estimates, the ROI case, the assessment, actuals, reassessments (their
 * conclusion and the review policy are joint controls, see JointControlsController).
 */
@RestController
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Project steps")
@ApiResponse(responseCode = "403", description = "Only members of Finance or IT take a project's steps")
@ApiResponse(responseCode = "404", description = "No such project (or reassessment)")
@ApiResponse(
        responseCode = "409",
        description = "The project's state does not allow this step, or others are acting on it at this very moment")
class ProjectStepsController {

    private final CommandGateway commands;

    ProjectStepsController(CommandGateway commands) {
        this.commands = commands;
    }

    record EstimateBody(
            @Schema(requiredMode = REQUIRED) MoneyJson oneTimeCost,
            @Schema(requiredMode = REQUIRED) MoneyJson recurringYearlyCost,
            @Schema(requiredMode = REQUIRED) Integer horizonYears,
            @Schema(requiredMode = REQUIRED) MoneyJson low,
            @Schema(requiredMode = REQUIRED) MoneyJson high,
            String assumptions) {}

    record BenefitJson(
            BenefitCategory category,
            String metric,
            String target,
            @Schema(requiredMode = REQUIRED) MoneyJson yearlyAmount) {}

    record RoiBody(List<BenefitJson> benefits) {}

    record AnswerJson(
            @Schema(requiredMode = REQUIRED) AssessmentQuestion question,
            @Schema(requiredMode = REQUIRED) Integer rating,
            String rationale) {}

    record AssessmentBody(List<AnswerJson> answers) {}

    record RealisedJson(
            String metric, @Schema(requiredMode = REQUIRED) MoneyJson amount) {}

    record ActualsBody(
            @Schema(requiredMode = REQUIRED) String period,
            LocalDate businessDate,
            @Schema(requiredMode = REQUIRED) MoneyJson spend,
            List<RealisedJson> benefits) {}

    record ReassessmentBody(String reason) {}

    record ViewBody(String view, List<AnswerJson> answers, ReassessmentOutcome recommendation) {}

    record CommentBody(
            CommentSubject subject,
            @Schema(requiredMode = REQUIRED) String text) {}

    @PostMapping("/estimates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "submitEstimate",
            summary = "Submit a cost estimate for your side",
            description = "A new estimate supersedes earlier " + "ones; none is erased.")
    ProjectStep estimate(@PathVariable UUID projectId, @RequestBody EstimateBody body) {
        if (body.horizonYears() == null) {
            throw new InvalidInputException("horizonYears", "Give the horizon in years");
        }
        commands.sendAndWait(new SubmitEstimate(
                projectId,
                MoneyJson.parse("oneTimeCost", body.oneTimeCost()),
                MoneyJson.parse("recurringYearlyCost", body.recurringYearlyCost()),
                body.horizonYears(),
                MoneyJson.parse("low", body.low()),
                MoneyJson.parse("high", body.high()),
                body.assumptions(),
                SignedIn.actor()));
        return new ProjectStep(projectId);
    }

    @PostMapping("/roi")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "recordRoiCase",
            summary = "Record the ROI case",
            description = "Figures (NPV, IRR, payback, ROI %) are computed from "
                    + "the latest estimate and the fiscal year's discount rate, and recorded as shown.")
    ProjectStep roi(@PathVariable UUID projectId, @RequestBody RoiBody body) {
        List<ExpectedBenefit> benefits = indexed(
                body.benefits(),
                "benefits",
                (benefit, field) -> new ExpectedBenefit(
                        benefit.category(),
                        benefit.metric(),
                        benefit.target(),
                        MoneyJson.parse(field + ".yearlyAmount", benefit.yearlyAmount())));
        commands.sendAndWait(new RecordRoiCase(projectId, benefits, SignedIn.actor()));
        return new ProjectStep(projectId);
    }

    @PostMapping("/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "answerAssessment",
            summary = "Answer the four questions for your side",
            description = "Ratings " + AssessmentAnswer.LOWEST_RATING + " to " + AssessmentAnswer.HIGHEST_RATING
                    + ", each with a rationale. Complete when both sides have answered.")
    ProjectStep assess(@PathVariable UUID projectId, @RequestBody AssessmentBody body) {
        commands.sendAndWait(new AnswerAssessment(projectId, answers(body.answers()), SignedIn.actor()));
        return new ProjectStep(projectId);
    }

    @PostMapping("/actuals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "recordActuals",
            summary = "Record a month's spend and realised benefits",
            description = "period: \"2026-03\"; the "
                    + "business date defaults to the month's last day. Recording a month again corrects it.")
    RecordedActuals actuals(@PathVariable UUID projectId, @RequestBody ActualsBody body) {
        YearMonth period = month(body.period());
        List<RealisedBenefit> benefits = indexed(
                body.benefits(),
                "benefits",
                (benefit, field) ->
                        new RealisedBenefit(benefit.metric(), MoneyJson.parse(field + ".amount", benefit.amount())));
        commands.sendAndWait(new RecordActuals(
                projectId,
                period,
                body.businessDate(),
                MoneyJson.parse("spend", body.spend()),
                benefits,
                SignedIn.actor()));
        return new RecordedActuals(projectId, period.toString());
    }

    @PostMapping("/reassessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "callReassessment", summary = "Call for a reassessment now")
    ReassessmentStep callReassessment(@PathVariable UUID projectId, @RequestBody ReassessmentBody body) {
        UUID reassessmentId = UUID.randomUUID();
        commands.sendAndWait(new CallReassessment(projectId, reassessmentId, body.reason(), SignedIn.actor()));
        return new ReassessmentStep(reassessmentId);
    }

    @PostMapping("/reassessments/{reassessmentId}/views")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "giveReassessmentView",
            summary = "Give your side's view at a reassessment, answering the four questions again")
    ReassessmentStep view(@PathVariable UUID projectId, @PathVariable UUID reassessmentId, @RequestBody ViewBody body) {
        commands.sendAndWait(new SubmitReassessmentView(
                projectId,
                reassessmentId,
                body.view(),
                answers(body.answers()),
                body.recommendation(),
                SignedIn.actor()));
        return new ReassessmentStep(reassessmentId);
    }

    @PostMapping("/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "addComment",
            summary = "Comment on the project or one of its steps, or reply to a comment",
            description = "subject: {\"kind\": \"CHANGE\", \"id\": \"<changeId>\"}; also ESTIMATE and ROI_CASE"
                    + " (id: the version), ASSESSMENT (no id), REASSESSMENT (id: the reassessment's id) and COMMENT"
                    + " (id: the comment replied to). Each timeline entry's replyAs is the subject a reply to it"
                    + " sends. Left out, the comment is on the project. A subject the project does not have is"
                    + " refused with 400 naming subject.id.")
    AddedComment comment(@PathVariable UUID projectId, @RequestBody CommentBody body) {
        UUID commentId = UUID.randomUUID();
        commands.sendAndWait(new AddComment(projectId, commentId, body.subject(), body.text(), SignedIn.actor()));
        return new AddedComment(commentId);
    }

    private static List<AssessmentAnswer> answers(List<AnswerJson> answers) {
        return indexed(answers, "answers", (answer, field) -> {
            if (answer.rating() == null) {
                throw new InvalidInputException(field + ".rating", AssessmentAnswer.RATING_SCALE);
            }
            return new AssessmentAnswer(answer.question(), answer.rating(), answer.rationale());
        });
    }

    /** Converts each element, naming it "benefits[2]" when it is missing. */
    private static <J, T> List<T> indexed(List<J> items, String field, BiFunction<J, String, T> convert) {
        if (items == null) {
            return List.of();
        }
        List<T> converted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidInputException(field + "[" + i + "]", "This entry is empty");
            }
            converted.add(convert.apply(items.get(i), field + "[" + i + "]"));
        }
        return converted;
    }

    private static YearMonth month(String period) {
        if (period == null || period.isBlank()) {
            throw new InvalidInputException("period", "Name the month, such as \"2026-03\"");
        }
        try {
            return YearMonth.parse(period.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new InvalidInputException("period", "\"" + period + "\" is not a month such as \"2026-03\"");
        }
    }
}
