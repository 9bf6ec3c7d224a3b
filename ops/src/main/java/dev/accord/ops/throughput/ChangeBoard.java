package dev.accord.ops.throughput;

import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The open changes every client can see, as on the Approvals page: requested changes wait for a Finance approval,
 * then for an IT one. Whoever takes a change from the board approves it with the right member of their own desk;
 * a change stays open across levels until someone approves it.
 */
final class ChangeBoard {

    /** A change requested through the benchmark, by whom, and the version to approve. */
    record OpenChange(UUID project, UUID change, String requester) {}

    private final Queue<OpenChange> awaitingFinance = new ConcurrentLinkedQueue<>();
    private final Queue<OpenChange> awaitingIt = new ConcurrentLinkedQueue<>();

    void requested(OpenChange change) {
        awaitingFinance.add(change);
    }

    void approvedByFinance(OpenChange change) {
        awaitingIt.add(change);
    }

    /** The oldest change Finance has not approved, or null. */
    OpenChange nextForFinance() {
        return awaitingFinance.poll();
    }

    /** The oldest change that waits only for IT, or null. */
    OpenChange nextForIt() {
        return awaitingIt.poll();
    }

    /** Any open change to comment on, without taking it off the board, or null. */
    OpenChange anyOpen() {
        OpenChange change = awaitingFinance.peek();
        return change != null ? change : awaitingIt.peek();
    }

    int open() {
        return awaitingFinance.size() + awaitingIt.size();
    }
}
