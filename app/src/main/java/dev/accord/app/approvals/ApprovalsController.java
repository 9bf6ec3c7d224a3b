package dev.accord.app.approvals;

import dev.accord.app.api.MoneyJson;
import dev.accord.app.api.SignedIn;
import dev.accord.domain.project.api.FindPendingApprovals;
import dev.accord.domain.project.api.PendingApproval;
import dev.accord.domain.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/approvals")
@Tag(name = "Approvals")
class ApprovalsController {

    private final QueryGateway queries;

    ApprovalsController(QueryGateway queries) {
        this.queries = queries;
    }

    record PendingJson(
            @Schema(description = "The project the change is of; absent for a change of a fiscal year itself")
            UUID projectId,

            String projectTitle,
            UUID changeId,
            int version,

            @Schema(
                    description = "A project's change kind (INITIAL_BUDGET, BUDGET, ...), or YEAR_BUDGET, "
                            + "APPROVAL_RULES or RANKING_WEIGHTS for a change of a fiscal year itself")
            String kind,

            MoneyJson budget,
            String rationale,
            String requestedBy,
            String requestedBySide,
            Instant requestedAt,
            boolean financeApproved,
            boolean itApproved,

            @Schema(
                    description = "What a REVIEW_POLICY, CONCLUSION, APPROVAL_RULES or RANKING_WEIGHTS change "
                            + "proposes, in words")
            String proposal,

            @Schema(
                    description = "What the change still lacks by the approval rules it was requested under, "
                            + "e.g. \"waiting for the CFO\", \"waiting for 1 more Finance approval\"")
            List<String> waitingFor,

            @Schema(description = "The fiscal year a change of the year itself is of; absent otherwise")
            Integer fiscalYear,

            @Schema(description = "Who has approved the current version so far (user names)")
            List<String> approvedBy,

            @Schema(
                    description = "The change itself: POST {change}/approvals to approve this version, "
                            + "{change}/rejections to reject it",
                    example = "/api/portfolio/2027/budget/0f8fad5b-d9cb-469f-a165-70867728950e")
            String change,

            @Schema(description = "The year's portfolio, for a change of a fiscal year itself; absent otherwise")
            String portfolio) {}

    @GetMapping("/pending")
    @Operation(
            operationId = "listPendingApprovals",
            summary = "Open changes awaiting your side's approval, without your own requests",
            description = "A change reaches the members of a side still short of approvals, and a side's lead when "
                    + "the rules it was requested under need the lead's approval; one you approved no longer does. "
                    + "Changes of a fiscal year itself (its budget, approval rules, ranking weights) come in like a "
                    + "project's, "
                    + "with the year instead of a project.")
    List<PendingJson> pending() {
        Actor me = SignedIn.actor();
        return queries
                .query(
                        new FindPendingApprovals(me.userId(), me.side(), me.lead()),
                        ResponseTypes.multipleInstancesOf(PendingApproval.class))
                .join()
                .stream()
                .map(p -> new PendingJson(
                        p.projectId(),
                        p.projectTitle(),
                        p.changeId(),
                        p.version(),
                        p.kindName(),
                        MoneyJson.of(p.budget()),
                        p.rationale(),
                        p.requestedBy().userId(),
                        p.requestedBy().side() == null
                                ? null
                                : p.requestedBy().side().name(),
                        p.requestedAt(),
                        p.financeApproved(),
                        p.itApproved(),
                        p.proposal(),
                        p.missing().sentences(),
                        p.fiscalYear(),
                        p.approvedBy().stream().map(Actor::userId).toList(),
                        changePath(p),
                        p.isYearChange() ? "/api/portfolio/" + p.fiscalYear() : null))
                .toList();
    }

    /** Where the change is approved or rejected: under its project, or under its year's budget, rules or weights. */
    private static String changePath(PendingApproval change) {
        if (!change.isYearChange()) {
            return "/api/projects/" + change.projectId() + "/changes/" + change.changeId();
        }
        String what = switch (change.yearChange()) {
            case YEAR_BUDGET -> "budget";
            case APPROVAL_RULES -> "approval-rules";
            case RANKING_WEIGHTS -> "ranking-weights";
        };
        return "/api/portfolio/" + change.fiscalYear() + "/" + what + "/" + change.changeId();
    }
}
