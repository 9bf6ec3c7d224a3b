package dev.accord.app.portfolio;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.ChangeClosed;
import dev.accord.app.api.ChangeVersion;
import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.history.api.FindPortfolioAsOf;
import dev.accord.domain.portfolio.api.ApproveYearBudget;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RejectYearBudget;
import dev.accord.domain.portfolio.api.RequestYearBudget;
import dev.accord.domain.portfolio.api.SetDiscountRate;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A fiscal year's IT budget, set jointly, and its projects ranked by the weights set jointly for it. */
@RestController
@RequestMapping("/api/portfolio/{fiscalYear}")
@Tag(name = "Portfolio")
class PortfolioController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PortfolioController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record BudgetBody(@Schema(requiredMode = REQUIRED) MoneyJson budget, String rationale) {}

    record BudgetApprovalBody(
            @Schema(requiredMode = REQUIRED) Integer version, String comment) {}

    record BudgetRejectionBody(
            @Schema(requiredMode = REQUIRED) String reason) {}

    record DiscountRateBody(@Schema(requiredMode = REQUIRED) BigDecimal ratePercent) {}

    record DiscountRate(int fiscalYear, BigDecimal ratePercent) {}

    record RankedJson(
            int rank,
            UUID id,
            String title,
            String status,
            MoneyJson requestedBudget,
            MoneyJson allocated,
            MoneyJson spendToDate,
            BigDecimal npv,
            BigDecimal roiPercent,
            BigDecimal irrPercent,
            boolean fitsRemaining,

            @Schema(description = "The requesting department; null when the proposal named none")
            String department,

            @Schema(
                    description = "Whether both sides have answered the four questions; if not, the score says "
                            + "\"not yet assessed\" for them")
            boolean assessed,

            RankingJson.JointAssessmentJson assessment,
            RankingJson.RankingScoreJson score) {}

    @Schema(description = "What one requesting department's projects of the year come to")
    record DepartmentJson(
            @Schema(description = "The department; null for the projects proposed without one")
            String department,

            @Schema(description = "How many of its projects are ranked (still compete for, or hold, the year's money)")
            int projects,

            @Schema(description = "What its ranked projects ask for")
            MoneyJson requested,

            @Schema(description = "What its projects hold of the year's budget; the departments' add up to the year's")
            MoneyJson allocated,

            @Schema(description = "What its projects have spent")
            MoneyJson spendToDate) {}

    record PortfolioJson(
            int fiscalYear,
            MoneyJson budget,
            MoneyJson allocatedTotal,
            MoneyJson remaining,
            BigDecimal discountRatePercent,
            UUID pendingBudgetChangeId,
            MoneyJson pendingBudget,
            RankingJson.YearRankingWeightsJson rankingWeights,

            @Schema(description = "Highest score first; equal scores by ROI, then NPV, then title")
            List<RankedJson> projects,

            @Schema(
                    description = "The year's projects totalled by requesting department, by name, those without one "
                            + "last; always the whole year, whichever department the projects are filtered by")
            List<DepartmentJson> departments) {}

    @GetMapping
    @Operation(
            operationId = "getPortfolio",
            summary = "The year's budget, allocated total, remaining, and projects ranked by the year's weights",
            description = "Each project's score shows its parts: ROI and NPV against the year's other projects and the "
                    + "four questions as both sides rated them, each weighted by the weights Finance and IT set for "
                    + "the year (ROI alone until they set any). With asOf (an ISO-8601 instant) the year as it stood "
                    + "then, folded from the events recorded up to that instant. With department, only that "
                    + "requesting department's projects are listed (keeping their rank and score in the year); an "
                    + "empty department lists those proposed without one.")
    PortfolioJson portfolio(
            @PathVariable int fiscalYear,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) String department) {
        PortfolioSummary view = queries.query(
                        asOf == null ? new FindPortfolio(fiscalYear) : new FindPortfolioAsOf(fiscalYear, asOf),
                        ResponseTypes.instanceOf(PortfolioSummary.class))
                .join();
        return new PortfolioJson(
                view.fiscalYear(),
                MoneyJson.of(view.budget()),
                MoneyJson.of(view.allocated()),
                MoneyJson.of(view.remaining()),
                view.discountRatePercent(),
                view.pendingBudgetChangeId(),
                MoneyJson.of(view.pendingBudget()),
                RankingJson.YearRankingWeightsJson.of(view.fiscalYear(), view.rankingWeights()),
                view.projects().stream()
                        .filter(p -> department == null
                                || Objects.equals(p.department(), department.isBlank() ? null : department.strip()))
                        .map(p -> new RankedJson(
                                p.rank(),
                                p.projectId(),
                                p.title(),
                                p.status().name(),
                                MoneyJson.of(p.requestedBudget()),
                                MoneyJson.of(p.allocated()),
                                MoneyJson.of(p.spendToDate()),
                                p.npv(),
                                p.roiPercent(),
                                p.irrPercent(),
                                p.fitsRemaining(),
                                p.department(),
                                p.isAssessed(),
                                RankingJson.JointAssessmentJson.of(p.assessment()),
                                RankingJson.RankingScoreJson.of(p.score())))
                        .toList(),
                view.departments().stream()
                        .map(d -> new DepartmentJson(
                                d.department(),
                                d.projects(),
                                MoneyJson.of(d.requested()),
                                MoneyJson.of(d.allocated()),
                                MoneyJson.of(d.spendToDate())))
                        .toList());
    }

    @PostMapping("/budget")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "requestYearBudget",
            summary = "Request the year's IT budget",
            description = "Takes effect with one Finance and one IT " + "approval other than the requester's.")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT request a year budget")
    @ApiResponse(
            responseCode = "409",
            description = "A budget for the year is already awaiting approval, it cannot carry the year's "
                    + "allocations, or others are acting on the year at this very moment")
    ChangeVersion requestBudget(@PathVariable int fiscalYear, @RequestBody BudgetBody body) {
        UUID changeId = UUID.randomUUID();
        commands.sendAndWait(new RequestYearBudget(
                fiscalYear, changeId, MoneyJson.parse("budget", body.budget()), body.rationale(), SignedIn.actor()));
        return new ChangeVersion(changeId, 1);
    }

    @PostMapping("/budget/{changeId}/approvals")
    @Operation(operationId = "approveYearBudget", summary = "Approve a requested year budget")
    @ApiResponse(responseCode = "403", description = "Your own request, or you are not a member of Finance or IT")
    @ApiResponse(responseCode = "404", description = "No such budget request for the year")
    @ApiResponse(
            responseCode = "409",
            description = "A stale version, your side already approved, the request is decided, it cannot carry "
                    + "the year's allocations, or others are acting on the year at this very moment")
    @ApiResponse(responseCode = "200", description = "Approved")
    ChangeVersion approveBudget(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody BudgetApprovalBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Name the version you approve");
        }
        commands.sendAndWait(
                new ApproveYearBudget(fiscalYear, changeId, body.version(), body.comment(), SignedIn.actor()));
        return new ChangeVersion(changeId, body.version());
    }

    @PostMapping("/budget/{changeId}/rejections")
    @Operation(operationId = "rejectYearBudget", summary = "Reject a requested year budget, with a reason")
    @ApiResponse(responseCode = "403", description = "Your own request, or you are not a member of Finance or IT")
    @ApiResponse(responseCode = "404", description = "No such budget request for the year")
    @ApiResponse(responseCode = "409", description = "The request is decided, or others are acting on the year")
    @ApiResponse(responseCode = "200", description = "Rejected")
    ChangeClosed rejectBudget(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody BudgetRejectionBody body) {
        commands.sendAndWait(new RejectYearBudget(fiscalYear, changeId, body.reason(), SignedIn.actor()));
        return new ChangeClosed(changeId, ChangeState.REJECTED);
    }

    @PutMapping("/discount-rate")
    @Operation(operationId = "setDiscountRate", summary = "Set the year's discount rate (Finance only)")
    @ApiResponse(responseCode = "403", description = "Only Finance sets the discount rate")
    @ApiResponse(responseCode = "409", description = "Others are acting on the year at this very moment")
    @ApiResponse(responseCode = "200", description = "Set")
    DiscountRate discountRate(@PathVariable int fiscalYear, @RequestBody DiscountRateBody body) {
        commands.sendAndWait(new SetDiscountRate(fiscalYear, body.ratePercent(), SignedIn.actor()));
        return new DiscountRate(fiscalYear, body.ratePercent());
    }
}
