package dev.accord.app.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** What a read model does with an event it cannot store: park it, do without it again, or try again later. */
class ParkUnlessGivenUpTest {

    private final EventMessage<String> event = GenericEventMessage.asEventMessage("an event");
    private final Set<String> givenUp = new java.util.HashSet<>();
    private final ParkUnlessGivenUp policy = new ParkUnlessGivenUp("timeline", new Evictions(null, null) {
        @Override
        public Map<String, Set<String>> byProcessingGroup() {
            return Map.of("timeline", givenUp);
        }
    });

    @Test
    void anEventTheDatabaseRefusesIsParkedWithTheDatabasesOwnWords() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(
                new GenericDeadLetter<>("project", event),
                new DataIntegrityViolationException(
                        "PreparedStatementCallback; SQL [INSERT …]",
                        new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause().orElseThrow().getMessage()).startsWith("ERROR: invalid byte sequence");
    }

    @Test
    void anEventGivenUpOnForThisReadModelIsDoneWithoutAgain() {
        givenUp.add(event.getIdentifier());

        assertThat(policy.decide(new GenericDeadLetter<>("project", event), new IllegalStateException("again"))
                        .shouldEnqueue())
                .isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReachedParksNothingTheProcessorTriesAgain() {
        assertThatThrownBy(() -> policy.decide(
                        new GenericDeadLetter<>("project", event),
                        new IllegalStateException(
                                "Failed to create a SQL statement", new SQLException("Connection is closed"))))
                .isInstanceOf(ParkUnlessGivenUp.DatabaseUnreachable.class);
    }
}
