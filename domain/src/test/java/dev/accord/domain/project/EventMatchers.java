package dev.accord.domain.project;

import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.shared.Actor;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.Message;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/** For events that carry an id the aggregate makes up itself, such as a reassessment that falls due on its own. */
final class EventMatchers {

    private EventMatchers() {}

    /** Exactly these payloads, in this order, and no more. */
    @SafeVarargs
    static Matcher<List<Message<?>>> exactly(Matcher<Object>... payloads) {
        Matcher<Object>[] andNoMore = Arrays.copyOf(payloads, payloads.length + 1);
        andNoMore[payloads.length] = Matchers.andNoMore();
        return Matchers.payloadsMatching(Matchers.exactSequenceOf(andNoMore));
    }

    static Matcher<Object> event(Object expected) {
        return org.hamcrest.Matchers.equalTo(expected);
    }

    /** A reassessment Accord raised on its own, with a fresh id, for the given round and trigger. */
    static Matcher<Object> fellDueOnItsOwn(UUID projectId, int round, ReassessmentTrigger trigger) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof ReassessmentFellDue due
                        && due.projectId().equals(projectId)
                        && due.reassessmentId() != null
                        && due.round() == round
                        && due.trigger() == trigger
                        && due.reason() != null
                        && !due.reason().isBlank()
                        && Actor.SYSTEM.equals(due.raisedBy());
            }

            @Override
            public void describeTo(Description description) {
                description
                        .appendText("ReassessmentFellDue of round ")
                        .appendValue(round)
                        .appendText(" triggered by ")
                        .appendValue(trigger)
                        .appendText(" raised by Accord");
            }
        };
    }
}
