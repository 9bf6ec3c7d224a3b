package dev.accord.domain.portfolio;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.portfolio.api.ApproveRankingWeights;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.RankingWeightsApproved;
import dev.accord.domain.portfolio.api.RankingWeightsRejected;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RankingWeightsSet;
import dev.accord.domain.portfolio.api.RejectRankingWeights;
import dev.accord.domain.portfolio.api.RequestRankingWeights;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

/** A fiscal year's ranking weights are set jointly, like its budget: one approval of each side, not the requester's. */
class RankingWeightsTest {

    private static final int YEAR = 2026;
    private static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final Actor FINN = new Actor("finn", "Finn Moller", Side.FINANCE);
    private static final Actor VIC = new Actor("vic", "Vic Moss", null);
    private static final RankingWeights BALANCED = new RankingWeights(40, 20, 10, 10, 10, 10);

    private final FixtureConfiguration<Portfolio> fixture = new AggregateTestFixture<>(Portfolio.class);
    private final UUID request = UUID.randomUUID();

    @Test
    void weightsArePutOnTheTable() {
        fixture.givenNoPriorActivity()
                .when(new RequestRankingWeights(YEAR, request, BALANCED, "Strategy counts too", IVO))
                .expectEvents(new RankingWeightsRequested(YEAR, request, BALANCED, "Strategy counts too", IVO));
    }

    @Test
    void oneApprovalOfEachSideOtherThanTheRequesterSetsThem() {
        fixture.given(
                        new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO),
                        new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, FAY))
                .when(new ApproveRankingWeights(YEAR, request, 1, "Fine", IDA))
                .expectEvents(
                        new RankingWeightsApproved(YEAR, request, 1, BALANCED, "Fine", IDA),
                        new RankingWeightsSet(
                                YEAR,
                                request,
                                RankingWeights.DEFAULT,
                                BALANCED,
                                List.of(new Approval(FAY, 1), new Approval(IDA, 1)),
                                IDA));
    }

    @Test
    void theOtherSideAloneDoesNotSetThem() {
        fixture.given(new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO))
                .when(new ApproveRankingWeights(YEAR, request, 1, null, FAY))
                .expectEvents(new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, FAY));
    }

    @Test
    void twoOfOneSideDoNotSetThem() {
        fixture.given(
                        new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO),
                        new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, FAY))
                .when(new ApproveRankingWeights(YEAR, request, 1, null, FINN))
                .expectEvents(new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, FINN));
    }

    @Test
    void theRequesterCannotApprove() {
        fixture.given(
                        new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO),
                        new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, FAY))
                .when(new ApproveRankingWeights(YEAR, request, 1, null, IVO))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void theRequesterCannotRejectEither() {
        fixture.given(new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO))
                .when(new RejectRankingWeights(YEAR, request, "Changed my mind", IVO))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void approvingTwiceIsRefused() {
        fixture.given(
                        new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO),
                        new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, FAY))
                .when(new ApproveRankingWeights(YEAR, request, 1, null, FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRejectionWithAReasonClosesTheRequestAndTheWeightsInForceStay() {
        fixture.given(new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO))
                .when(new RejectRankingWeights(YEAR, request, "ROI first this year", FAY))
                .expectEvents(new RankingWeightsRejected(YEAR, request, "ROI first this year", FAY));
        fixture.given(
                        new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO),
                        new RankingWeightsRejected(YEAR, request, "ROI first this year", FAY))
                .when(new ApproveRankingWeights(YEAR, request, 1, null, FINN))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO))
                .when(new RejectRankingWeights(YEAR, request, " ", FAY))
                .expectException(refusedOn("reason"))
                .expectNoEvents();
    }

    @Test
    void theNextRequestStartsFromTheWeightsSetBefore() {
        RankingWeights roiAndNpv = new RankingWeights(50, 50, 0, 0, 0, 0);
        UUID next = UUID.randomUUID();
        fixture.given(
                        new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO),
                        new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, FAY),
                        new RankingWeightsApproved(YEAR, request, 1, BALANCED, null, IDA),
                        new RankingWeightsSet(
                                YEAR,
                                request,
                                RankingWeights.DEFAULT,
                                BALANCED,
                                List.of(new Approval(FAY, 1), new Approval(IDA, 1)),
                                IDA),
                        new RankingWeightsRequested(YEAR, next, roiAndNpv, "", FINN),
                        new RankingWeightsApproved(YEAR, next, 1, roiAndNpv, null, IVO))
                .when(new ApproveRankingWeights(YEAR, next, 1, null, FAY))
                .expectEvents(
                        new RankingWeightsApproved(YEAR, next, 1, roiAndNpv, null, FAY),
                        new RankingWeightsSet(
                                YEAR,
                                next,
                                BALANCED,
                                roiAndNpv,
                                List.of(new Approval(IVO, 1), new Approval(FAY, 1)),
                                FAY));
    }

    @Test
    void oneRequestAtATime() {
        fixture.given(new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO))
                .when(new RequestRankingWeights(YEAR, UUID.randomUUID(), RankingWeights.DEFAULT, "", FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aViewerCannotRequestWeights() {
        fixture.givenNoPriorActivity()
                .when(new RequestRankingWeights(YEAR, request, BALANCED, "", VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aViewerCannotApproveWeights() {
        fixture.given(new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO))
                .when(new ApproveRankingWeights(YEAR, request, 1, null, VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aNegativeWeightIsRefusedNamingIt() {
        fixture.givenNoPriorActivity()
                .when(new RequestRankingWeights(YEAR, request, new RankingWeights(50, -1, 0, 0, 0, 0), "", IVO))
                .expectException(refusedOn("weights.npv"))
                .expectExceptionMessage(RankingWeights.WEIGHT_SCALE)
                .expectNoEvents();
    }

    @Test
    void aWeightAboveTheHighestIsRefusedNamingIt() {
        fixture.givenNoPriorActivity()
                .when(new RequestRankingWeights(
                        YEAR, request, new RankingWeights(50, 0, 0, 0, 0, RankingWeights.MAX_WEIGHT + 1), "", IVO))
                .expectException(refusedOn("weights.competitiveAdvantage"))
                .expectNoEvents();
    }

    @Test
    void weightsThatAreAllZeroAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestRankingWeights(YEAR, request, new RankingWeights(0, 0, 0, 0, 0, 0), "", IVO))
                .expectException(refusedOn("weights"))
                .expectExceptionMessage("At least one weight must be above 0")
                .expectNoEvents();
    }

    @Test
    void missingWeightsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestRankingWeights(YEAR, request, null, "", IVO))
                .expectException(refusedOn("weights"))
                .expectNoEvents();
    }

    @Test
    void aYearOutsideTheLedgersCalendarIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestRankingWeights(1899, request, BALANCED, "", IVO))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownRequestIsNotFound() {
        fixture.given(new RankingWeightsRequested(YEAR, request, BALANCED, "", IVO))
                .when(new ApproveRankingWeights(YEAR, UUID.randomUUID(), 1, null, FAY))
                .expectException(dev.accord.domain.shared.NotFoundException.class)
                .expectNoEvents();
    }

    private static Matcher<InvalidInputException> refusedOn(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidInputException refusal) {
                return field.equals(refusal.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("input refused on field ").appendValue(field);
            }
        };
    }
}
