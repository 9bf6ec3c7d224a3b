package dev.accord.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.app.cluster.DatabaseNotifications;
import dev.accord.domain.shared.ActivityNote;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * What a projection's commit tells the other nodes: the changes it made, sent only if it commits, each key looked up
 * then, and in notifications PostgreSQL accepts however much one batch changed.
 */
class ReadModelCommitsTest {

    final DatabaseNotifications notifications = mock(DatabaseNotifications.class);
    final ObjectMapper json = new ObjectMapper();
    final LiveUpdates live = new LiveUpdates(mock(QueryUpdateEmitter.class));
    final ReadModelCommits commits = new ReadModelCommits(notifications, live, json);

    @Test
    void aCommitTellsEveryChangeOnceAndNoNotificationReachesPostgresLimit() throws Exception {
        String comment = "A long comment ".repeat(700);
        inUnitOfWork(
                () -> IntStream.range(0, 60)
                        .forEach(i -> live.changed(
                                LiveQuery.TIMELINE,
                                UUID.nameUUIDFromBytes(("project " + i % 30).getBytes()),
                                new ActivityNote("fay", comment))),
                UnitOfWork::commit);

        ArgumentCaptor<String> sent = ArgumentCaptor.forClass(String.class);
        verify(notifications, atLeastOnce()).send(eq(ReadModelCommits.CHANNEL), sent.capture());
        assertThat(sent.getAllValues())
                .hasSizeGreaterThan(1)
                .allSatisfy(payload -> assertThat(payload.getBytes(StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(ReadModelCommits.MAX_BYTES));
        List<Change> told = sent.getAllValues().stream()
                .flatMap(payload -> read(payload).changes().stream())
                .toList();
        assertThat(told).as("thirty projects, each told once").hasSize(30).doesNotHaveDuplicates();
        assertThat(told.get(0).note().text()).hasSize(LiveUpdates.NOTE_LENGTH).endsWith("\u2026");
    }

    @Test
    void aUnitOfWorkThatRollsBackTellsNothingAndLooksUpNothing() throws Exception {
        inUnitOfWork(
                () -> live.changedByLookup(
                        LiveQuery.PORTFOLIO,
                        () -> {
                            throw new AssertionError("looked up for a change that is never sent");
                        },
                        null),
                unitOfWork -> unitOfWork.rollback());

        verify(notifications, never()).send(anyString(), anyString());
    }

    @Test
    void aKeyLookedUpAtCommitThatFindsNothingTellsNobody() throws Exception {
        inUnitOfWork(() -> live.changedByLookup(LiveQuery.PORTFOLIO, Optional::empty, null), UnitOfWork::commit);

        ArgumentCaptor<String> sent = ArgumentCaptor.forClass(String.class);
        verify(notifications).send(eq(ReadModelCommits.CHANNEL), sent.capture());
        assertThat(read(sent.getValue()).changes()).isEmpty();
    }

    /** Handles one event in a unit of work as a processor would, with the commit teller, then ends it. */
    private void inUnitOfWork(Runnable handler, java.util.function.Consumer<UnitOfWork<?>> end) throws Exception {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        commits.tellingCommitsOf("timeline").handle((UnitOfWork) unitOfWork, () -> {
            handler.run();
            return null;
        });
        end.accept(unitOfWork);
    }

    private ReadModelCommit read(String payload) {
        try {
            return json.readValue(payload, ReadModelCommit.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
