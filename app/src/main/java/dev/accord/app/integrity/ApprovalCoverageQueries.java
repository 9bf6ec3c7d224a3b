package dev.accord.app.integrity;

import dev.accord.domain.integrity.api.ApprovalCoverage;
import dev.accord.domain.integrity.api.FindApprovalCoverage;
import dev.accord.domain.integrity.api.SignedCheckpoint;
import dev.accord.domain.project.api.ChangeApproved;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Says which checkpoint covers each approval a decision rested on, read from the project's own stream (from its
 * first event, never a snapshot) so the approvals come in the order the decision context lists them.
 */
@Component
class ApprovalCoverageQueries {

    private final EventStore events;
    private final CheckpointCoverage coverage;

    ApprovalCoverageQueries(EventStore events, CheckpointCoverage coverage) {
        this.events = events;
        this.coverage = coverage;
    }

    @QueryHandler
    List<ApprovalCoverage> handle(FindApprovalCoverage query) {
        List<? extends DomainEventMessage<?>> approvals = events.readEvents(
                        query.projectId().toString(), 0)
                .asStream()
                .takeWhile(message -> message.getSequenceNumber() <= query.upToSequence())
                .filter(message -> message.getPayload() instanceof ChangeApproved approved
                        && approved.changeId().equals(query.changeId()))
                .toList();
        Map<Long, SignedCheckpoint> covered = coverage.firstCovering(
                query.projectId(),
                approvals.stream().map(DomainEventMessage::getSequenceNumber).toList());
        return approvals.stream()
                .map(message -> new ApprovalCoverage(
                        message.getSequenceNumber(),
                        ((ChangeApproved) message.getPayload()).approvedBy().userId(),
                        covered.get(message.getSequenceNumber())))
                .toList();
    }
}
