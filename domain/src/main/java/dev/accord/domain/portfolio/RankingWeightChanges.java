package dev.accord.domain.portfolio;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.portfolio.api.ApproveRankingWeights;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.RankingWeightsApproved;
import dev.accord.domain.portfolio.api.RankingWeightsRejected;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RankingWeightsSet;
import dev.accord.domain.portfolio.api.RejectRankingWeights;
import dev.accord.domain.portfolio.api.RequestRankingWeights;
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
 * A fiscal year's ranking weights and the requests to change them, an entity of its {@link Portfolio}. How projects
 * compete for the year's money is a decision of both sides, like the money itself: weights change jointly like the
 * year's budget, one approval of each side, never the requester's.
 */
final class RankingWeightChanges {

    private RankingWeights inForce = RankingWeights.DEFAULT;
    private final Map<UUID, JointApproval> requests = new HashMap<>();
    private final Map<UUID, RankingWeights> requested = new HashMap<>();

    /** The event a valid request records; the portfolio applies it, as it may be the year's first. */
    RankingWeightsRequested requested(RequestRankingWeights command) {
        JointApproval.checkActsForASide(command.actor(), "request ranking weights");
        RankingWeights weights = RankingWeights.checked(command.weights());
        if (requests.values().stream().anyMatch(request -> !request.isDecided())) {
            throw new ConflictException(
                    "Ranking weights for " + command.fiscalYear() + " are already awaiting approval");
        }
        if (requests.containsKey(command.changeId())) {
            throw new ConflictException("Change " + command.changeId() + " already exists");
        }
        String rationale = command.rationale() == null ? "" : Texts.longText("rationale", command.rationale());
        return new RankingWeightsRequested(
                command.fiscalYear(), command.changeId(), weights, rationale, command.actor());
    }

    @CommandHandler
    void handle(ApproveRankingWeights command) {
        JointApproval request = request(command.changeId());
        request.checkApproval(command.actor(), command.version());
        RankingWeights weights = requested.get(command.changeId());
        apply(new RankingWeightsApproved(
                command.fiscalYear(),
                command.changeId(),
                command.version(),
                weights,
                command.comment() == null ? null : Texts.longText("comment", command.comment()),
                command.actor()));
        if (request.completedBy(command.actor())) {
            apply(new RankingWeightsSet(
                    command.fiscalYear(), command.changeId(), inForce, weights, request.approvals(), command.actor()));
        }
    }

    @CommandHandler
    void handle(RejectRankingWeights command) {
        request(command.changeId()).checkRejection(command.actor(), command.reason());
        apply(new RankingWeightsRejected(
                command.fiscalYear(), command.changeId(), Texts.longText("reason", command.reason()), command.actor()));
    }

    private JointApproval request(UUID changeId) {
        JointApproval request = requests.get(changeId);
        if (request == null) {
            throw new NotFoundException("No request for ranking weights " + changeId);
        }
        return request;
    }

    @EventSourcingHandler
    void on(RankingWeightsRequested event) {
        requests.put(event.changeId(), new JointApproval(event.requestedBy()));
        requested.put(event.changeId(), event.weights());
    }

    @EventSourcingHandler
    void on(RankingWeightsApproved event) {
        requests.get(event.changeId()).approved(new Approval(event.approvedBy(), event.version()));
    }

    @EventSourcingHandler
    void on(RankingWeightsRejected event) {
        requests.get(event.changeId()).decided();
    }

    @EventSourcingHandler
    void on(RankingWeightsSet event) {
        requests.get(event.changeId()).decided();
        inForce = event.weights();
    }

    // Value equality, so that Axon's test fixture can verify that event sourcing rebuilds the same state.
    @Override
    public boolean equals(Object other) {
        return other instanceof RankingWeightChanges that
                && Objects.equals(inForce, that.inForce)
                && Objects.equals(requests, that.requests)
                && Objects.equals(requested, that.requested);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, requests, requested);
    }
}
