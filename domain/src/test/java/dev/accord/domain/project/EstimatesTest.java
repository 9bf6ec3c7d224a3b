package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.SubmitEstimate;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's estimate: a side's numbered cost estimate; a new one supersedes the old, never erases it. */
class EstimatesTest {

    private final ProjectFixture f = new ProjectFixture();

    @Test
    void itSubmitsTheFirstVersion() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), eur("10000"), 5, eur("70000"), eur("95000")))
                .expectEvents(
                        submitted(1, IDA, eur("80000"), eur("10000"), 5, eur("130000.00"), eur("70000"), eur("95000")));
    }

    @Test
    void theTotalIsTheOneTimeCostPlusTheRecurringCostForEveryYearOfTheHorizon() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000.50"), eur("9999.99"), 3, eur("70000"), eur("95000")))
                .expectEvents(submitted(
                        1, IDA, eur("80000.50"), eur("9999.99"), 3, eur("110000.47"), eur("70000"), eur("95000")));
    }

    @Test
    void financeMayGiveAnEstimateOfItsOwnBesideIts() {
        f.fixture
                .given(withEstimates(1))
                .when(estimate(FAY, eur("90000"), eur("12000"), 5, eur("85000"), eur("110000")))
                .expectEvents(submitted(
                        2, FAY, eur("90000"), eur("12000"), 5, eur("150000.00"), eur("85000"), eur("110000")));
    }

    @Test
    void versionsCountUpAcrossBothSides() {
        f.fixture
                .given(withEstimates(3))
                .when(estimate(IVO, eur("75000"), eur("9000"), 4, eur("70000"), eur("80000")))
                .expectEvents(
                        submitted(4, IVO, eur("75000"), eur("9000"), 4, eur("111000.00"), eur("70000"), eur("80000")));
    }

    @Test
    void anActiveProjectTakesNewEstimatesToo() {
        f.fixture
                .given(f.active("120000"))
                .when(estimate(FINN, eur("90000"), eur("12000"), 5, eur("85000"), eur("110000")))
                .expectEvents(submitted(
                        1, FINN, eur("90000"), eur("12000"), 5, eur("150000.00"), eur("85000"), eur("110000")));
    }

    @Test
    void aZeroRecurringCostIsAllowed() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), eur("0"), 5, eur("70000"), eur("95000")))
                .expectEvents(
                        submitted(1, IDA, eur("80000"), eur("0.00"), 5, eur("80000.00"), eur("70000"), eur("95000")));
    }

    @Test
    void theLowEndCannotBeAboveTheHighEnd() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), eur("10000"), 5, eur("95000.01"), eur("95000")))
                .expectException(RefusedInputMatcher.on("low"))
                .expectNoEvents();
    }

    @Test
    void aRangeOfOnePointIsAllowed() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), eur("10000"), 5, eur("80000"), eur("80000")))
                .expectEvents(
                        submitted(1, IDA, eur("80000"), eur("10000"), 5, eur("130000.00"), eur("80000"), eur("80000")));
    }

    @Test
    void theHorizonIsAtLeastOneYear() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), eur("10000"), 0, eur("70000"), eur("95000")))
                .expectException(RefusedInputMatcher.on("horizonYears"))
                .expectNoEvents();
    }

    @Test
    void theHorizonIsAtMostThirtyYears() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), eur("10000"), 31, eur("70000"), eur("95000")))
                .expectException(RefusedInputMatcher.on("horizonYears"))
                .expectNoEvents();
    }

    @Test
    void aThirtyYearHorizonIsAllowed() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), eur("10000"), 30, eur("70000"), eur("95000")))
                .expectEvents(submitted(
                        1, IDA, eur("80000"), eur("10000"), 30, eur("380000.00"), eur("70000"), eur("95000")));
    }

    @Test
    void figuresInAnotherCurrencyAreRefused() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, Money.of("80000", "USD"), eur("10000"), 5, eur("70000"), eur("95000")))
                .expectException(RefusedInputMatcher.on("oneTimeCost.currency"))
                .expectNoEvents();
    }

    @Test
    void aZeroAmountInAnotherCurrencyIsRefusedToo() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(IDA, eur("80000"), Money.of("0", "USD"), 5, eur("70000"), eur("95000")))
                .expectException(RefusedInputMatcher.on("recurringYearlyCost.currency"))
                .expectNoEvents();
    }

    @Test
    void aViewerCannotSubmitAnEstimate() {
        f.fixture
                .given(f.proposal("120000"))
                .when(estimate(VIC, eur("80000"), eur("10000"), 5, eur("70000"), eur("95000")))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aRejectedProjectTakesNoEstimates() {
        List<Object> given = new ArrayList<>(f.proposal("120000"));
        given.add(new ChangeRejected(
                f.projectId,
                f.initialChange,
                ChangeKind.INITIAL_BUDGET,
                1,
                ChangeTerms.budget(eur("120000")),
                "No budget line for this",
                ProjectStatus.REJECTED,
                FINN));
        f.fixture
                .given(given)
                .when(estimate(IDA, eur("80000"), eur("10000"), 5, eur("70000"), eur("95000")))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    /** A proposal with {@code count} estimates so far, IT and Finance taking turns. */
    private List<Object> withEstimates(int count) {
        List<Object> given = new ArrayList<>(f.proposal("120000"));
        for (int version = 1; version <= count; version++) {
            Actor actor = version % 2 == 1 ? IDA : FAY;
            given.add(submitted(
                    version, actor, eur("80000"), eur("10000"), 5, eur("130000.00"), eur("70000"), eur("95000")));
        }
        return given;
    }

    private SubmitEstimate estimate(Actor actor, Money oneTime, Money recurring, int horizon, Money low, Money high) {
        return new SubmitEstimate(f.projectId, oneTime, recurring, horizon, low, high, " Vendor quote ", actor);
    }

    private EstimateSubmitted submitted(
            int version, Actor actor, Money oneTime, Money recurring, int horizon, Money total, Money low, Money high) {
        Side side = actor.side();
        return new EstimateSubmitted(
                f.projectId, version, side, oneTime, recurring, horizon, total, low, high, "Vendor quote", actor);
    }
}
