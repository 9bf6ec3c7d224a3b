package dev.accord.domain.project;

import dev.accord.domain.project.api.ReviewPolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;

/** The project's one review deadline: due a review interval from now, rescheduled whenever it moves. */
final class ReviewSchedule {

    static final String REVIEW_DUE = "review-due";

    private ReviewSchedule() {}

    static void schedule(DeadlineManager deadlines, ReviewPolicy policy) {
        deadlines.cancelAllWithinScope(REVIEW_DUE);
        Instant due = now().atZone(ZoneOffset.UTC)
                .plusMonths(policy.reviewIntervalMonths())
                .toInstant();
        deadlines.schedule(due, REVIEW_DUE, new ReviewDue(policy.reviewIntervalMonths()));
    }

    static void cancel(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(REVIEW_DUE);
    }

    /** The clock Axon stamps events with, so that tests can set it. */
    static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
