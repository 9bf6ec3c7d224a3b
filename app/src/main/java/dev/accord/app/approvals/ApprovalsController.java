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
            UUID projectId,
            String projectTitle,
            UUID changeId,
            int version,
            String kind,
            MoneyJson budget,
            String rationale,
            String requestedBy,
            String requestedBySide,
            Instant requestedAt,
            boolean financeApproved,
            boolean itApproved,

            @Schema(description = "What a REVIEW_POLICY or CONCLUSION change proposes, in words")
            String proposal,

            @Schema(
                    description = "What the change still lacks by the approval rules it was requested under, "
                            + "e.g. \"waiting for the CFO\", \"waiting for 1 more Finance approval\"")
            List<String> waitingFor) {}

    @GetMapping("/pending")
    @Operation(
            operationId = "listPendingApprovals",
            summary = "Open changes awaiting your side's approval, without your own requests",
            description = "A change reaches the members of a side still short of approvals, and a side's lead when "
                    + "the rules it was requested under need the lead's approval; one you approved no longer does.")
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
                        p.kind().name(),
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
                        p.missing().sentences()))
                .toList();
    }
}
