package dev.accord.app.portfolio;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** A fiscal year's IT budget, set jointly, and its projects ranked by ROI. */
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

    record BudgetBody(MoneyJson budget, String rationale) {}

    record ApprovalBody(Integer version, String comment) {}

    record RejectionBody(String reason) {}

    record DiscountRateBody(BigDecimal ratePercent) {}

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
            boolean fitsRemaining) {}

    record PortfolioJson(
            int fiscalYear,
            MoneyJson budget,
            MoneyJson allocatedTotal,
            MoneyJson remaining,
            BigDecimal discountRatePercent,
            UUID pendingBudgetChangeId,
            MoneyJson pendingBudget,
            List<RankedJson> projects) {}

    @GetMapping
    @Operation(
            summary = "The year's budget, allocated total, remaining, and projects ranked by ROI",
            description = "With asOf (an ISO-8601 instant) the year as it stood then, folded from the events recorded "
                    + "up to that instant.")
    PortfolioJson portfolio(@PathVariable int fiscalYear, @RequestParam(required = false) Instant asOf) {
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
                view.projects().stream()
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
                                p.fitsRemaining()))
                        .toList());
    }

    @PostMapping("/budget")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Request the year's IT budget",
            description = "Takes effect with one Finance and one IT " + "approval other than the requester's.")
    Map<String, Object> requestBudget(@PathVariable int fiscalYear, @RequestBody BudgetBody body) {
        UUID changeId = UUID.randomUUID();
        commands.sendAndWait(new RequestYearBudget(
                fiscalYear, changeId, MoneyJson.parse("budget", body.budget()), body.rationale(), SignedIn.actor()));
        return Map.of("changeId", changeId, "version", 1);
    }

    @PostMapping("/budget/{changeId}/approvals")
    @Operation(summary = "Approve a requested year budget")
    Map<String, Object> approveBudget(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody ApprovalBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Name the version you approve");
        }
        commands.sendAndWait(
                new ApproveYearBudget(fiscalYear, changeId, body.version(), body.comment(), SignedIn.actor()));
        return Map.of("changeId", changeId, "version", body.version());
    }

    @PostMapping("/budget/{changeId}/rejections")
    @Operation(summary = "Reject a requested year budget, with a reason")
    Map<String, Object> rejectBudget(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody RejectionBody body) {
        commands.sendAndWait(new RejectYearBudget(fiscalYear, changeId, body.reason(), SignedIn.actor()));
        return Map.of("changeId", changeId, "state", ChangeState.REJECTED);
    }

    @PutMapping("/discount-rate")
    @Operation(summary = "Set the year's discount rate (Finance only)")
    Map<String, Object> discountRate(@PathVariable int fiscalYear, @RequestBody DiscountRateBody body) {
        commands.sendAndWait(new SetDiscountRate(fiscalYear, body.ratePercent(), SignedIn.actor()));
        return Map.of("fiscalYear", fiscalYear, "ratePercent", body.ratePercent());
    }
}
