package dev.accord.app.portfolio;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.ChangeClosed;
import dev.accord.app.api.ChangeVersion;
import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.ApprovalTier;
import dev.accord.domain.approval.BusinessCaseRule;
import dev.accord.domain.history.api.FindApprovalRulesAsOf;
import dev.accord.domain.portfolio.api.ApproveApprovalRules;
import dev.accord.domain.portfolio.api.FindApprovalRules;
import dev.accord.domain.portfolio.api.RejectApprovalRules;
import dev.accord.domain.portfolio.api.RequestApprovalRules;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import dev.accord.domain.project.api.ChangeState;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A fiscal year's approval rules (thresholds that need more approvals or a side's lead), changed jointly. */
@RestController
@RequestMapping("/api/portfolio/{fiscalYear}/approval-rules")
@Tag(name = "Portfolio")
class ApprovalRulesController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final String ledgerCurrency;

    ApprovalRulesController(
            CommandGateway commands, QueryGateway queries, @Value("${accord.currency}") String ledgerCurrency) {
        this.commands = commands;
        this.queries = queries;
        this.ledgerCurrency = ledgerCurrency;
    }

    @Schema(description = "Above this amount a change needs these approvals; a lead's approval counts for its side too")
    record TierJson(
            @Schema(requiredMode = REQUIRED) MoneyJson above,

            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "" + ApprovalRules.MAX_APPROVALS_PER_SIDE)
            Integer financeApprovals,

            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "" + ApprovalRules.MAX_APPROVALS_PER_SIDE)
            Integer itApprovals,

            @Schema(description = "The CFO's approval is needed")
            boolean financeLead,

            @Schema(description = "The CIO's approval is needed")
            boolean itLead) {

        static TierJson of(ApprovalTier tier) {
            return new TierJson(
                    MoneyJson.of(tier.above()),
                    tier.financeApprovals(),
                    tier.itApprovals(),
                    tier.financeLead(),
                    tier.itLead());
        }
    }

    @Schema(
            description = "Which budget changes need a complete business case (an estimate from each side, an ROI "
                    + "case and the completed assessment) before they take effect: every initial budget, and every "
                    + "budget change asking for more than above (none by amount when left out)")
    record BusinessCaseJson(boolean initialBudget, MoneyJson above) {

        static BusinessCaseJson of(BusinessCaseRule rule) {
            return rule == null ? null : new BusinessCaseJson(rule.initialBudget(), MoneyJson.of(rule.above()));
        }

        BusinessCaseRule parsed() {
            return new BusinessCaseRule(initialBudget, MoneyJson.parseOptional("businessCase.above", above));
        }
    }

    record RulesBody(
            @Schema(requiredMode = REQUIRED, description = "Strictly increasing amounts; empty: one of each side")
            List<TierJson> tiers,

            String rationale,

            @Schema(description = "Left out: the ledger's default (every initial budget needs one)")
            BusinessCaseJson businessCase) {}

    record RulesApprovalBody(
            @Schema(requiredMode = REQUIRED) Integer version, String comment) {}

    record RulesRejectionBody(
            @Schema(requiredMode = REQUIRED) String reason) {}

    record RulesJson(
            int fiscalYear,

            @Schema(description = "The rules in force; no tiers: one Finance and one IT approval")
            List<TierJson> tiers,

            UUID pendingChangeId,
            List<TierJson> pendingTiers,
            String pendingRequestedBy,

            @Schema(description = "The year's business-case rule; null: the ledger's default")
            BusinessCaseJson businessCase,

            BusinessCaseJson pendingBusinessCase) {}

    @GetMapping
    @Operation(
            operationId = "getApprovalRules",
            summary = "The year's approval rules and any request to change them",
            description = "With asOf (an ISO-8601 instant) the rules as they stood then, folded from the year's "
                    + "events recorded up to that instant.")
    RulesJson rules(@PathVariable int fiscalYear, @RequestParam(required = false) Instant asOf) {
        YearApprovalRules rules = queries.query(
                        asOf == null ? new FindApprovalRules(fiscalYear) : new FindApprovalRulesAsOf(fiscalYear, asOf),
                        ResponseTypes.instanceOf(YearApprovalRules.class))
                .join();
        return new RulesJson(
                fiscalYear,
                tiers(rules.inForce()),
                rules.pendingChangeId(),
                rules.pending() == null ? null : tiers(rules.pending()),
                rules.pendingRequestedBy(),
                BusinessCaseJson.of(rules.inForce().businessCase()),
                rules.pending() == null
                        ? null
                        : BusinessCaseJson.of(rules.pending().businessCase()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "requestApprovalRules",
            summary = "Request the year's approval rules",
            description = "Takes effect with one Finance and one IT approval other than the requester's. Changes "
                    + "requested afterwards follow the new rules; open changes keep the rules they were requested "
                    + "under.")
    @ApiResponse(responseCode = "400", description = "A tier's amount, currency or count is not acceptable")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT request approval rules")
    @ApiResponse(responseCode = "409", description = "Rules for the year are already awaiting approval")
    ChangeVersion request(@PathVariable int fiscalYear, @RequestBody RulesBody body) {
        UUID changeId = UUID.randomUUID();
        commands.sendAndWait(new RequestApprovalRules(
                fiscalYear,
                changeId,
                parse(body.tiers()),
                body.rationale(),
                ledgerCurrency,
                SignedIn.actor(),
                body.businessCase() == null ? null : body.businessCase().parsed()));
        return new ChangeVersion(changeId, 1);
    }

    @PostMapping("/{changeId}/approvals")
    @Operation(operationId = "approveApprovalRules", summary = "Approve requested approval rules")
    @ApiResponse(responseCode = "403", description = "Your own request, or you are not a member of Finance or IT")
    @ApiResponse(responseCode = "404", description = "No such request for the year")
    @ApiResponse(responseCode = "409", description = "A stale version, you already approved, or it is decided")
    @ApiResponse(responseCode = "200", description = "Approved")
    ChangeVersion approve(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody RulesApprovalBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Name the version you approve");
        }
        commands.sendAndWait(
                new ApproveApprovalRules(fiscalYear, changeId, body.version(), body.comment(), SignedIn.actor()));
        return new ChangeVersion(changeId, body.version());
    }

    @PostMapping("/{changeId}/rejections")
    @Operation(operationId = "rejectApprovalRules", summary = "Reject requested approval rules, with a reason")
    @ApiResponse(responseCode = "403", description = "Your own request, or you are not a member of Finance or IT")
    @ApiResponse(responseCode = "404", description = "No such request for the year")
    @ApiResponse(responseCode = "409", description = "The request is decided")
    @ApiResponse(responseCode = "200", description = "Rejected")
    ChangeClosed reject(
            @PathVariable int fiscalYear, @PathVariable UUID changeId, @RequestBody RulesRejectionBody body) {
        commands.sendAndWait(new RejectApprovalRules(fiscalYear, changeId, body.reason(), SignedIn.actor()));
        return new ChangeClosed(changeId, ChangeState.REJECTED);
    }

    private static List<TierJson> tiers(ApprovalRules rules) {
        return rules.tiers().stream().map(TierJson::of).toList();
    }

    /** The tiers as sent; the domain checks amounts and counts, this only names the fields a client left out. */
    private static List<ApprovalTier> parse(List<TierJson> tiers) {
        if (tiers == null) {
            throw new InvalidInputException("tiers", "Give the tiers, or an empty list for one approval of each side");
        }
        if (tiers.size() > ApprovalRules.MAX_TIERS) {
            throw new InvalidInputException("tiers", "At most " + ApprovalRules.MAX_TIERS + " tiers");
        }
        List<ApprovalTier> parsed = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            String field = "tiers[" + i + "]";
            TierJson tier = tiers.get(i);
            if (tier == null) {
                throw new InvalidInputException(field, "A tier is required");
            }
            parsed.add(new ApprovalTier(
                    MoneyJson.parse(field + ".above", tier.above()),
                    count(field + ".financeApprovals", tier.financeApprovals()),
                    count(field + ".itApprovals", tier.itApprovals()),
                    tier.financeLead(),
                    tier.itLead()));
        }
        return parsed;
    }

    private static int count(String field, Integer count) {
        if (count == null) {
            throw new InvalidInputException(field, "Say how many approvals of the side are needed");
        }
        return count;
    }
}
