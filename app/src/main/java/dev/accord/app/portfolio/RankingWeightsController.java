package dev.accord.app.portfolio;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.ChangeClosed;
import dev.accord.app.api.ChangeVersion;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.portfolio.api.ApproveRankingWeights;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RejectRankingWeights;
import dev.accord.domain.portfolio.api.RequestRankingWeights;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A fiscal year's ranking weights (ROI, NPV and the four questions), set jointly by Finance and IT. */
@RestController
@RequestMapping("/api/portfolio/{fiscalYear}/ranking-weights")
@Tag(name = "Portfolio")
class RankingWeightsController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    RankingWeightsController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record RankingWeightsBody(
            @Schema(requiredMode = REQUIRED) RankingJson.RankingWeightsJson weights, String rationale) {}

    record RankingWeightsApprovalBody(
            @Schema(requiredMode = REQUIRED) Integer version, String comment) {}

    record RankingWeightsRejectionBody(
            @Schema(requiredMode = REQUIRED) String reason) {}

    @GetMapping
    @Operation(
            operationId = "getRankingWeights",
            summary = "The weights the year's projects are ranked by, and any request to change them")
    RankingJson.YearRankingWeightsJson weights(@PathVariable int fiscalYear) {
        PortfolioSummary year = queries.query(
                        new FindPortfolio(fiscalYear), ResponseTypes.instanceOf(PortfolioSummary.class))
                .join();
        return RankingJson.YearRankingWeightsJson.of(fiscalYear, year.rankingWeights());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "requestRankingWeights",
            summary = "Request the year's ranking weights",
            description = "Takes effect with one Finance and one IT approval other than the requester's; from then on "
                    + "the year's projects are ranked by them.")
    @ApiResponse(responseCode = "400", description = "A weight is missing, off the scale, or all are 0")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT request ranking weights")
    @ApiResponse(responseCode = "409", description = "Weights for the year are already awaiting approval")
    ChangeVersion request(@PathVariable int fiscalYear, @RequestBody RankingWeightsBody body) {
        UUID changeId = UUID.randomUUID();
        commands.sendAndWait(new RequestRankingWeights(
                fiscalYear,
                changeId,
                RankingJson.RankingWeightsJson.parse(body.weights()),
                body.rationale(),
                SignedIn.actor()));
        return new ChangeVersion(changeId, 1);
    }

    @PostMapping("/{changeId}/approvals")
    @Operation(operationId = "approveRankingWeights", summary = "Approve requested ranking weights")
    @ApiResponse(responseCode = "403", description = "Your own request, or you are not a member of Finance or IT")
    @ApiResponse(responseCode = "404", description = "No such request for the year")
    @ApiResponse(responseCode = "409", description = "A stale version, you already approved, or it is decided")
    @ApiResponse(responseCode = "200", description = "Approved")
    ChangeVersion approve(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody RankingWeightsApprovalBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Name the version you approve");
        }
        commands.sendAndWait(
                new ApproveRankingWeights(fiscalYear, changeId, body.version(), body.comment(), SignedIn.actor()));
        return new ChangeVersion(changeId, body.version());
    }

    @PostMapping("/{changeId}/rejections")
    @Operation(operationId = "rejectRankingWeights", summary = "Reject requested ranking weights, with a reason")
    @ApiResponse(responseCode = "403", description = "Your own request, or you are not a member of Finance or IT")
    @ApiResponse(responseCode = "404", description = "No such request for the year")
    @ApiResponse(responseCode = "409", description = "The request is decided")
    @ApiResponse(responseCode = "200", description = "Rejected")
    ChangeClosed reject(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody RankingWeightsRejectionBody body) {
        commands.sendAndWait(new RejectRankingWeights(fiscalYear, changeId, body.reason(), SignedIn.actor()));
        return new ChangeClosed(changeId, ChangeState.REJECTED);
    }
}
