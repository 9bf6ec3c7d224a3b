package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.delegation.Delegation;
import dev.accord.domain.project.api.ApproveChange;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RejectChange;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's delegation: a delegate approves or rejects on behalf of the colleague who handed them their authority,
 * only while the delegation is active, within one side, never for a request of either of them, and only once.
 */
class OnBehalfTest {

    static final Actor CARLA = new Actor("carla", "Carla Falk", Side.FINANCE, true);

    private final ProjectFixture f = new ProjectFixture();
    private final LocalDate today = LedgerCalendar.today();

    private void delegated(Actor delegator, Actor delegate, LocalDate from, LocalDate until, boolean revoked) {
        f.delegations.given(new Delegation(UUID.randomUUID(), delegator, delegate, from, until, revoked));
    }

    private void carlaDelegatesToFinnThisWeek() {
        delegated(CARLA, FINN, today.minusDays(1), today.plusDays(5), false);
    }

    private ChangeApproved approved(Actor by, Actor onBehalfOf) {
        return new ChangeApproved(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur("50000")),
                "",
                by,
                onBehalfOf);
    }

    @Test
    void aDelegateApprovesOnBehalfOfTheDelegatorWithTheirLeadFlag() {
        carlaDelegatesToFinnThisWeek();
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FINN, "carla"))
                .expectEvents(approved(FINN, CARLA));
    }

    @Test
    void aDelegateRejectsOnBehalfOfTheDelegator() {
        carlaDelegatesToFinnThisWeek();
        f.fixture
                .given(f.proposal("50000"))
                .when(new RejectChange(f.projectId, f.initialChange, "Not this year", FINN, "carla"))
                .expectEvents(new ChangeRejected(
                        f.projectId,
                        f.initialChange,
                        ChangeKind.INITIAL_BUDGET,
                        1,
                        ChangeTerms.budget(eur("50000")),
                        "Not this year",
                        ProjectStatus.REJECTED,
                        FINN,
                        CARLA));
    }

    @Test
    void withoutADelegationNobodyActsForSomeoneElse() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FAY, "carla"))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aDelegationEndsOnItsOwnAfterItsLastDay() {
        delegated(CARLA, FINN, today.minusDays(7), today.minusDays(1), false);
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FINN, "carla"))
                .expectException(NotPermittedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("ended on " + today.minusDays(1)));
    }

    @Test
    void anUpcomingDelegationCarriesNoAuthorityYet() {
        delegated(CARLA, FINN, today.plusDays(1), today.plusDays(3), false);
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FINN, "carla"))
                .expectException(NotPermittedException.class);
    }

    @Test
    void aRevokedDelegationCarriesNoAuthority() {
        delegated(CARLA, FINN, today, today.plusDays(3), true);
        f.fixture
                .given(f.proposal("50000"))
                .when(new RejectChange(f.projectId, f.initialChange, "No", FINN, "carla"))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void neverForTheDelegatorsOwnRequest() {
        carlaDelegatesToFinnThisWeek();
        UUID change = UUID.randomUUID();
        List<Object> given = new ArrayList<>(f.active("50000"));
        given.add(new ChangeRequested(
                f.projectId, change, ChangeKind.BUDGET, ChangeTerms.budget(eur("60000")), "More licences", CARLA));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, change, 1, "", FINN, "carla"))
                .expectException(NotPermittedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("own request"));
    }

    @Test
    void neverForTheDelegatesOwnRequest() {
        carlaDelegatesToFinnThisWeek();
        UUID change = UUID.randomUUID();
        List<Object> given = new ArrayList<>(f.active("50000"));
        given.add(new ChangeRequested(
                f.projectId, change, ChangeKind.BUDGET, ChangeTerms.budget(eur("60000")), "More licences", FINN));
        f.fixture
                .given(given)
                .when(new RejectChange(f.projectId, change, "Too much", FINN, "carla"))
                .expectException(NotPermittedException.class);
    }

    @Test
    void neverAcrossSidesEvenIfARegisterHeldSuchADelegation() {
        delegated(IVO, FINN, today, today, false);
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FINN, "ivo"))
                .expectException(NotPermittedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("sides"));
    }

    @Test
    void notWhenTheDelegatorHasAlreadyApprovedThisVersion() {
        carlaDelegatesToFinnThisWeek();
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(approved(CARLA, null));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FINN, "carla"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theDelegatorCannotApproveAgainWhatWasApprovedOnTheirBehalf() {
        carlaDelegatesToFinnThisWeek();
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(approved(FINN, CARLA));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", CARLA))
                .expectException(ConflictException.class);
    }

    @Test
    void aDelegateGivesOneApprovalPerVersionNotOneForEachAuthority() {
        carlaDelegatesToFinnThisWeek();
        List<Object> given = new ArrayList<>(f.proposal("50000"));
        given.add(approved(FINN, null));
        f.fixture
                .given(given)
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FINN, "carla"))
                .expectException(ConflictException.class);
    }

    @Test
    void actingOnBehalfOfOneselfIsBadInput() {
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", FINN, "finn"))
                .expectException(InvalidInputException.class);
    }

    @Test
    void theRequesterStaysExcludedWhateverTheDelegation() {
        delegated(new Actor("iris", "Iris Holm", Side.IT), IDA, today, today, false);
        f.fixture
                .given(f.proposal("50000"))
                .when(new ApproveChange(f.projectId, f.initialChange, 1, "", IDA, "iris"))
                .expectException(NotPermittedException.class);
    }
}
