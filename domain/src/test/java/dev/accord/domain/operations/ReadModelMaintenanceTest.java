package dev.accord.domain.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.operations.api.ReadModelRebuildStarted;
import dev.accord.domain.operations.api.RebuildReadModels;
import dev.accord.domain.people.InMemoryUserDirectory;
import dev.accord.domain.people.api.Role;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only an administrator rebuilds the read models, one rebuild at a time, and the ledger records who started it. */
class ReadModelMaintenanceTest {

    private static final Actor ADA = new Actor("ada", "Ada Quist", null);
    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);

    private final List<Object> recorded = new ArrayList<>();
    private final List<Actor> started = new ArrayList<>();
    private ReadModelMaintenance maintenance;

    @BeforeEach
    void setUp() {
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(
                messages -> messages.stream().map(EventMessage::getPayload).forEach(recorded::add));
        ReadModelRebuilder oneAtATime = startedBy -> {
            if (!started.isEmpty()) {
                throw new ConflictException("A rebuild is already running");
            }
            started.add(startedBy);
        };
        InMemoryUserDirectory directory = new InMemoryUserDirectory();
        directory.add("ada", "Ada Quist", null, Role.ADMIN, "irrelevant", "setup");
        directory.add("ida", "Ida Berg", Side.IT, Role.MEMBER, "irrelevant", "setup");
        maintenance = new ReadModelMaintenance(directory, oneAtATime, bus);
    }

    @Test
    void anAdministratorStartsARebuildAndTheLedgerSaysWho() {
        maintenance.handle(new RebuildReadModels(ADA));
        assertThat(started).containsExactly(ADA);
        assertThat(recorded).containsExactly(new ReadModelRebuildStarted(ADA));
    }

    @Test
    void aMemberMayNotRebuild() {
        assertThatThrownBy(() -> maintenance.handle(new RebuildReadModels(IDA)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(started).isEmpty();
        assertThat(recorded).isEmpty();
    }

    @Test
    void aSecondRebuildWhileOneRunsIsAConflictAndIsNotRecorded() {
        maintenance.handle(new RebuildReadModels(ADA));
        assertThatThrownBy(() -> maintenance.handle(new RebuildReadModels(ADA))).isInstanceOf(ConflictException.class);
        assertThat(recorded).hasSize(1);
    }
}
