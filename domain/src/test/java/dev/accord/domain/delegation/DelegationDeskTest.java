package dev.accord.domain.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.domain.delegation.api.DelegationGranted;
import dev.accord.domain.delegation.api.DelegationRevoked;
import dev.accord.domain.delegation.api.GrantDelegation;
import dev.accord.domain.delegation.api.RevokeDelegation;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member hands their own approval authority to a colleague of their side, for a period, and takes it back. */
class DelegationDeskTest {

    static final Actor CARLA = new Actor("carla", "Carla Falk", Side.FINANCE, true);
    static final Actor FINN = new Actor("finn", "Finn Moller", Side.FINANCE);
    static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    static final Actor ADA = new Actor("ada", "Ada Quist", null);

    private final InMemoryDelegations register = new InMemoryDelegations().withMembers(CARLA, FINN, FAY, IDA);
    private final List<Object> recorded = new ArrayList<>();
    private final LocalDate today = LedgerCalendar.today();
    private DelegationDesk desk;

    @BeforeEach
    void setUp() {
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(
                messages -> messages.stream().map(EventMessage::getPayload).forEach(recorded::add));
        desk = new DelegationDesk(register, bus);
    }

    @Test
    void aLeadDelegatesToAMemberOfTheirSideAndTheLedgerRecordsWhoDidIt() {
        UUID id = desk.handle(new GrantDelegation("finn", today, today.plusDays(6), CARLA));
        assertThat(recorded).containsExactly(new DelegationGranted(id, CARLA, FINN, today, today.plusDays(6)));
        assertThat(register.all()).containsExactly(new Delegation(id, CARLA, FINN, today, today.plusDays(6), false));
    }

    @Test
    void neverAcrossSides() {
        assertField(new GrantDelegation("ida", today, today, CARLA), "delegate");
    }

    @Test
    void neverToOneself() {
        assertField(new GrantDelegation("carla", today, today, CARLA), "delegate");
    }

    @Test
    void onlyToAnEnabledMember() {
        assertField(new GrantDelegation("nobody", today, today, CARLA), "delegate");
        assertField(new GrantDelegation(" ", today, today, CARLA), "delegate");
    }

    @Test
    void someoneOfNoSideHasNoAuthorityToDelegate() {
        assertThatThrownBy(() -> desk.handle(new GrantDelegation("finn", today, today, ADA)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(recorded).isEmpty();
    }

    @Test
    void thePeriodStartsTodayOrLaterEndsAfterItStartsAndWithinAYear() {
        assertField(new GrantDelegation("finn", null, today, CARLA), "from");
        assertField(new GrantDelegation("finn", today, null, CARLA), "until");
        assertField(new GrantDelegation("finn", today.minusDays(1), today, CARLA), "from");
        assertField(new GrantDelegation("finn", today.plusDays(3), today.plusDays(2), CARLA), "until");
        assertField(
                new GrantDelegation("finn", today, today.plusDays(DelegationDesk.MAXIMUM_DAYS_AHEAD + 1), CARLA),
                "until");
    }

    @Test
    void aDelegatorCannotDelegateTheSameDaysTwice() {
        desk.handle(new GrantDelegation("finn", today.plusDays(2), today.plusDays(5), CARLA));
        assertThatThrownBy(() -> desk.handle(new GrantDelegation("fay", today.plusDays(5), today.plusDays(9), CARLA)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Finn Moller");
        desk.handle(new GrantDelegation("fay", today.plusDays(6), today.plusDays(9), CARLA));
        assertThat(recorded).hasSize(2);
    }

    @Test
    void aRevokedDelegationFreesItsDays() {
        UUID id = desk.handle(new GrantDelegation("finn", today, today.plusDays(5), CARLA));
        desk.handle(new RevokeDelegation(id, CARLA));
        desk.handle(new GrantDelegation("fay", today, today.plusDays(5), CARLA));
        assertThat(recorded.get(1)).isEqualTo(new DelegationRevoked(id, CARLA));
    }

    @Test
    void onlyTheDelegatorRevokes() {
        UUID id = desk.handle(new GrantDelegation("finn", today, today.plusDays(5), CARLA));
        assertThatThrownBy(() -> desk.handle(new RevokeDelegation(id, FINN))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> desk.handle(new RevokeDelegation(id, ADA))).isInstanceOf(NotPermittedException.class);
        assertThat(recorded).hasSize(1);
    }

    @Test
    void anEndedOrRevokedDelegationCannotBeRevokedAgain() {
        UUID ended = UUID.randomUUID();
        register.given(new Delegation(ended, CARLA, FINN, today.minusDays(9), today.minusDays(1), false));
        assertThatThrownBy(() -> desk.handle(new RevokeDelegation(ended, CARLA)))
                .isInstanceOf(ConflictException.class);
        UUID id = desk.handle(new GrantDelegation("finn", today, today, CARLA));
        desk.handle(new RevokeDelegation(id, CARLA));
        assertThatThrownBy(() -> desk.handle(new RevokeDelegation(id, CARLA))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anUnknownDelegationIsNotFound() {
        assertThatThrownBy(() -> desk.handle(new RevokeDelegation(UUID.randomUUID(), CARLA)))
                .isInstanceOf(NotFoundException.class);
    }

    private void assertField(GrantDelegation command, String field) {
        assertThatThrownBy(() -> desk.handle(command))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo(field));
        assertThat(recorded).isEmpty();
    }
}
