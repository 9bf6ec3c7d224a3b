package dev.accord.domain.project;

import dev.accord.domain.approval.ReminderPolicy;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;

/**
 * A change's two deadlines while it waits for approval: the reminder after the policy's first period and the
 * escalation after its second, both counted from when the current version was put on the table, and named per change.
 *
 * <p>They are never cancelled. When one falls due the change itself decides whether anyone still waits
 * ({@code ChangeRequest.waited}): a decided change, or an earlier version's deadline after a revision, records nothing.
 * Cancelling instead would race the scheduler: db-scheduler refuses to cancel an execution it has just picked to run,
 * and that refusal would fail the very approval that decided the change. It would also read every scheduled deadline
 * on each decision, which is how Axon finds those of one scope.
 */
final class ReminderSchedule {

    private static final String WAITING_FOR_APPROVAL = "waiting-for-approval:";

    private ReminderSchedule() {}

    /** The current version waits from now: a new change, or a revision's new version. */
    static void waitingFrom(DeadlineManager deadlines, ReminderPolicy policy, UUID changeId, int version) {
        Instant since = ReviewSchedule.now();
        deadlines.schedule(
                since.plus(policy.firstAfter()), name(changeId), new ApprovalOverdue(changeId, version, since, false));
        deadlines.schedule(
                since.plus(policy.escalateAfter()),
                name(changeId),
                new ApprovalOverdue(changeId, version, since, true));
    }

    static String name(UUID changeId) {
        return WAITING_FOR_APPROVAL + changeId;
    }
}
