package dev.accord.domain.portfolio;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.portfolio.api.ApprovalRulesApproved;
import dev.accord.domain.portfolio.api.ApprovalRulesRejected;
import dev.accord.domain.portfolio.api.ApprovalRulesRequested;
import dev.accord.domain.portfolio.api.ApprovalRulesSet;
import dev.accord.domain.portfolio.api.ApproveApprovalRules;
import dev.accord.domain.portfolio.api.RejectApprovalRules;
import dev.accord.domain.portfolio.api.RequestApprovalRules;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.Texts;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A fiscal year's approval rules and the requests to change them, an entity of its {@link Portfolio}. Rules are
 * changed jointly like the year's budget: one approval of each side, never the requester's (the rules themselves do
 * not apply to their own change, or a year could lock itself out).
 */
final class ApprovalRuleChanges {

    private ApprovalRules inForce = ApprovalRules.DEFAULT;
    private final Map<UUID, JointApproval> requests = new HashMap<>();
    private final Map<UUID, ApprovalRules> requested = new HashMap<>();

    /** The event a valid request records; the portfolio applies it, as it may be the year's first. */
    ApprovalRulesRequested requested(RequestApprovalRules command) {
        JointApproval.checkActsForASide(command.actor(), "request approval rules");
        ApprovalRules rules = ApprovalRules.checked(command.tiers(), command.businessCase(), command.ledgerCurrency());
        if (requests.values().stream().anyMatch(request -> !request.isDecided())) {
            throw new ConflictException(
                    "Approval rules for " + command.fiscalYear() + " are already awaiting approval");
        }
        if (requests.containsKey(command.changeId())) {
            throw new ConflictException("Change " + command.changeId() + " already exists");
        }
        String rationale = command.rationale() == null ? "" : Texts.longText("rationale", command.rationale());
        return new ApprovalRulesRequested(command.fiscalYear(), command.changeId(), rules, rationale, command.actor());
    }

    @CommandHandler
    void handle(ApproveApprovalRules command) {
        JointApproval request = request(command.changeId());
        request.checkApproval(command.actor(), command.version());
        ApprovalRules rules = requested.get(command.changeId());
        apply(new ApprovalRulesApproved(
                command.fiscalYear(),
                command.changeId(),
                command.version(),
                rules,
                command.comment() == null ? null : Texts.longText("comment", command.comment()),
                command.actor()));
        if (request.completedBy(command.actor())) {
            apply(new ApprovalRulesSet(
                    command.fiscalYear(), command.changeId(), inForce, rules, request.approvals(), command.actor()));
        }
    }

    @CommandHandler
    void handle(RejectApprovalRules command) {
        request(command.changeId()).checkRejection(command.actor(), command.reason());
        apply(new ApprovalRulesRejected(
                command.fiscalYear(), command.changeId(), Texts.longText("reason", command.reason()), command.actor()));
    }

    ApprovalRules inForce() {
        return inForce;
    }

    private JointApproval request(UUID changeId) {
        JointApproval request = requests.get(changeId);
        if (request == null) {
            throw new NotFoundException("No request for approval rules " + changeId);
        }
        return request;
    }

    @EventSourcingHandler
    void on(ApprovalRulesRequested event) {
        requests.put(event.changeId(), new JointApproval(event.requestedBy()));
        requested.put(event.changeId(), event.rules());
    }

    @EventSourcingHandler
    void on(ApprovalRulesApproved event) {
        requests.get(event.changeId()).approved(new Approval(event.approvedBy(), event.version()));
    }

    @EventSourcingHandler
    void on(ApprovalRulesRejected event) {
        requests.get(event.changeId()).decided();
    }

    @EventSourcingHandler
    void on(ApprovalRulesSet event) {
        requests.get(event.changeId()).decided();
        inForce = event.rules();
    }

    // Value equality, so that Axon's test fixture can verify that event sourcing rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof ApprovalRuleChanges that
                && Objects.equals(inForce, that.inForce)
                && Objects.equals(requests, that.requests)
                && Objects.equals(requested, that.requested);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, requests, requested);
    }
}
