package dev.accord.domain.portfolio;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.portfolio.api.ApproveYearBudget;
import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.RejectYearBudget;
import dev.accord.domain.portfolio.api.RequestYearBudget;
import dev.accord.domain.portfolio.api.SetDiscountRate;
import dev.accord.domain.portfolio.api.YearBudgetApproved;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's portfolio: Finance and IT set each fiscal year's IT budget jointly, by the same rule as project
 * changes; the discount rate is Finance's; approved project budgets are allocated against the year's budget.
 */
class PortfolioTest {

    private static final int YEAR = 2026;
    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor IVO = new Actor("ivo", "Ivo Novak", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);
    private static final Actor FINN = new Actor("finn", "Finn Moller", Side.FINANCE);
    private static final Actor VIC = new Actor("vic", "Vic Moss", null);

    private final FixtureConfiguration<Portfolio> fixture =
            new AggregateTestFixture<>(Portfolio.class).registerInjectableResource(new LedgerCurrency("EUR"));
    private final UUID request = UUID.randomUUID();

    @Test
    void aYearBudgetIsPutOnTheTable() {
        fixture.givenNoPriorActivity()
                .when(new RequestYearBudget(YEAR, request, eur("2000000"), "IT plan 2026", FAY))
                .expectEvents(requested("2000000", FAY));
    }

    @Test
    void aViewerCannotRequestAYearBudget() {
        fixture.givenNoPriorActivity()
                .when(new RequestYearBudget(YEAR, request, eur("2000000"), "IT plan 2026", VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void theFirstApprovalWaitsForTheOtherSide() {
        fixture.given(requested("2000000", FAY))
                .when(new ApproveYearBudget(YEAR, request, 1, "Fits", FINN))
                .expectEvents(approved("2000000", FINN, "Fits"));
    }

    @Test
    void oneFinanceAndOneItApprovalSetTheYearBudget() {
        fixture.given(requested("2000000", FAY), approved("2000000", FINN, ""))
                .when(new ApproveYearBudget(YEAR, request, 1, "", IVO))
                .expectEvents(
                        approved("2000000", IVO, ""),
                        new YearBudgetSet(
                                YEAR,
                                request,
                                null,
                                eur("2000000"),
                                List.of(new Approval(FINN, 1), new Approval(IVO, 1)),
                                IVO));
    }

    @Test
    void twoApprovalsFromOneSideAreNotEnough() {
        fixture.given(requested("2000000", IDA), approved("2000000", FAY, ""))
                .when(new ApproveYearBudget(YEAR, request, 1, "", FINN))
                .expectEvents(approved("2000000", FINN, ""));
    }

    @Test
    void theRequesterCannotApproveTheirOwnYearBudget() {
        fixture.given(requested("2000000", FAY), approved("2000000", IVO, ""))
                .when(new ApproveYearBudget(YEAR, request, 1, "", FAY))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aNewYearBudgetRecordsTheOneItReplaces() {
        UUID raise = UUID.randomUUID();
        fixture.given(
                        requested("2000000", FAY),
                        approved("2000000", FINN, ""),
                        approved("2000000", IVO, ""),
                        new YearBudgetSet(
                                YEAR,
                                request,
                                null,
                                eur("2000000"),
                                List.of(new Approval(FINN, 1), new Approval(IVO, 1)),
                                IVO),
                        new YearBudgetRequested(YEAR, raise, eur("2500000"), "Security programme", IDA),
                        new YearBudgetApproved(YEAR, raise, 1, eur("2500000"), "", FAY))
                .when(new ApproveYearBudget(YEAR, raise, 1, "", IVO))
                .expectEvents(
                        new YearBudgetApproved(YEAR, raise, 1, eur("2500000"), "", IVO),
                        new YearBudgetSet(
                                YEAR,
                                raise,
                                eur("2000000"),
                                eur("2500000"),
                                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                                IVO));
    }

    @Test
    void oneRejectionClosesTheRequest() {
        fixture.given(requested("2000000", FAY))
                .when(new RejectYearBudget(YEAR, request, "Too much for one year", IDA))
                .expectEvents(new YearBudgetRejected(YEAR, request, "Too much for one year", IDA));
    }

    @Test
    void aRejectedYearBudgetCannotBeApproved() {
        fixture.given(requested("2000000", FAY), new YearBudgetRejected(YEAR, request, "Too much", IDA))
                .when(new ApproveYearBudget(YEAR, request, 1, "", IVO))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void onlyOneYearBudgetAwaitsApprovalAtATime() {
        fixture.given(requested("2000000", FAY))
                .when(new RequestYearBudget(YEAR, UUID.randomUUID(), eur("2100000"), "Or rather", IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aYearBudgetBelowWhatIsAlreadyAllocatedIsRefused() {
        fixture.given(allocated("750000"))
                .when(new RequestYearBudget(YEAR, request, eur("749999.99"), "Tight year", FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aYearBudgetThatCarriesTheAllocationsExactlyIsAllowed() {
        fixture.given(allocated("750000"))
                .when(new RequestYearBudget(YEAR, request, eur("750000"), "Tight year", FAY))
                .expectEvents(new YearBudgetRequested(YEAR, request, eur("750000"), "Tight year", FAY));
    }

    @Test
    void aYearBudgetOvertakenByNewAllocationsCannotTakeEffect() {
        fixture.given(requested("1000000", FAY), approved("1000000", FINN, ""), allocated("1000000.01"))
                .when(new ApproveYearBudget(YEAR, request, 1, "", IVO))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void financeSetsTheDiscountRate() {
        fixture.givenNoPriorActivity()
                .when(new SetDiscountRate(YEAR, new BigDecimal("7.5"), FAY))
                .expectEvents(new DiscountRateSet(YEAR, new BigDecimal("7.5"), FAY));
    }

    @Test
    void financeMayChangeTheDiscountRate() {
        fixture.given(new DiscountRateSet(YEAR, new BigDecimal("7.5"), FAY))
                .when(new SetDiscountRate(YEAR, BigDecimal.ZERO, FINN))
                .expectEvents(new DiscountRateSet(YEAR, BigDecimal.ZERO, FINN));
    }

    @Test
    void itCannotSetTheDiscountRate() {
        fixture.givenNoPriorActivity()
                .when(new SetDiscountRate(YEAR, new BigDecimal("7.5"), IDA))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void aDiscountRateAboveAHundredPercentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SetDiscountRate(YEAR, new BigDecimal("100.01"), FAY))
                .expectException(refusedOn("ratePercent"))
                .expectNoEvents();
    }

    @Test
    void aNegativeDiscountRateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SetDiscountRate(YEAR, new BigDecimal("-0.5"), FAY))
                .expectException(refusedOn("ratePercent"))
                .expectNoEvents();
    }

    @Test
    void aYearBudgetInAnotherCurrencyThanTheLedgersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestYearBudget(YEAR, request, Money.of("2000000", "JPY"), "IT plan 2026", FAY))
                .expectException(refusedOn("budget.currency"))
                .expectNoEvents();
    }

    // A year whose budget was set in another currency before the ledger held to one is read as it was recorded.
    @Test
    void aYearBudgetRecordedInAnotherCurrencyStaysReadable() {
        fixture.given(
                        new YearBudgetRequested(YEAR, request, Money.of("2000000", "USD"), "IT plan 2026", FAY),
                        new YearBudgetApproved(YEAR, request, 1, Money.of("2000000", "USD"), "", FINN))
                .when(new RejectYearBudget(YEAR, request, "Dollars, again", IVO))
                .expectEvents(new YearBudgetRejected(YEAR, request, "Dollars, again", IVO));
    }

    private YearBudgetRequested requested(String budget, Actor actor) {
        return new YearBudgetRequested(YEAR, request, eur(budget), "IT plan 2026", actor);
    }

    private YearBudgetApproved approved(String budget, Actor actor, String comment) {
        return new YearBudgetApproved(YEAR, request, 1, eur(budget), comment, actor);
    }

    /** A project's approved budget already taken from the year, before the year has a budget of its own. */
    private static BudgetAllocated allocated(String amount) {
        return new BudgetAllocated(YEAR, UUID.randomUUID(), UUID.randomUUID(), eur("0"), eur(amount), eur(amount), IVO);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
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
