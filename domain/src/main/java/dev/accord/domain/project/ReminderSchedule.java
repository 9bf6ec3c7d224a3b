package dev.accord.domain.project;

import dev.accord.domain.approval.ReminderPolicy;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;

/**
 * A change's two deadlines while it waits for approval: the reminder after the policy's first period and the
 * escalation after its second, both counted from when the current version was put on the table. Named per change,
 * so that deciding or revising one change cancels its own deadlines and leaves those of the project's other open
 * changes alone.
 */
final class ReminderSchedule {

    private static final String WAITING_FOR_APPROVAL = "waiting-for-approval:";

    private ReminderSchedule() {}

    /**
     * Starts the waiting for a new change. Nothing is cancelled here: there is nothing to cancel yet, and a proposal
     * schedules from its aggregate's constructor, where no scope can be described for a cancellation (a schedule
     * describes it only when the unit of work commits).
     */
    static void waitingFrom(DeadlineManager deadlines, ReminderPolicy policy, UUID changeId, int version) {
        Instant since = ReviewSchedule.now();
        deadlines.schedule(
                since.plus(policy.firstAfter()), name(changeId), new ApprovalOverdue(changeId, version, since, false));
        deadlines.schedule(
                since.plus(policy.escalateAfter()),
                name(changeId),
                new ApprovalOverdue(changeId, version, since, true));
    }

    /** A revision: the new version waits from now, and what the earlier version left is cancelled. */
    static void waitingAgainFrom(DeadlineManager deadlines, ReminderPolicy policy, UUID changeId, int version) {
        cancel(deadlines, changeId);
        waitingFrom(deadlines, policy, changeId, version);
    }

    /** The change is decided: nobody needs reminding any more. */
    static void cancel(DeadlineManager deadlines, UUID changeId) {
        deadlines.cancelAllWithinScope(name(changeId));
    }

    static String name(UUID changeId) {
        return WAITING_FOR_APPROVAL + changeId;
    }
}
