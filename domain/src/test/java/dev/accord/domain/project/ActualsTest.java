package dev.accord.domain.project;

import static dev.accord.domain.project.EventMatchers.event;
import static dev.accord.domain.project.EventMatchers.exactly;
import static dev.accord.domain.project.EventMatchers.fellDueOnItsOwn;
import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.FINN;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.ChangeApproved;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeTerms;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RealisedBenefit;
import dev.accord.domain.project.api.ReassessmentFellDue;
import dev.accord.domain.project.api.ReassessmentTrigger;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.project.api.ReviewPolicy;
import dev.accord.domain.project.api.ReviewPolicySet;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.RoiCostBasis;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's actuals: spend and realised benefits per month, for a business date that may precede the recording;
 * a reassessment falls due on its own when spend passes the approved budget by more than the set share (10 %) or
 * realised benefits fall behind the ROI case by more than the set share (25 %). The fixture's clock is set to
 * {@link #TODAY}, so the months below are in the past.
 */
class ActualsTest {

    private static final Instant TODAY = Instant.parse("2026-05-15T12:00:00Z");
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final String METRIC = "licence cost";

    private final ProjectFixture f = new ProjectFixture();

    @Test
    void actualsOfAPastMonthAreRecordedAsOfTheMonthsLastDay() {
        today(f.active("100000"))
                .when(spend(APRIL, "30000", IDA))
                .expectEvents(recorded(APRIL, "30000", List.of(), "30000", IDA));
    }

    @Test
    void actualsOfTheRunningMonthAreRecordedAsOfToday() {
        today(f.active("100000"))
                .when(spend(YearMonth.of(2026, 5), "12000", IDA))
                .expectEvents(new ActualsRecorded(
                        f.projectId,
                        YearMonth.of(2026, 5),
                        LocalDate.of(2026, 5, 15),
                        eur("12000"),
                        List.of(),
                        eur("12000"),
                        IDA));
    }

    @Test
    void aBusinessDateBeforeTheRecordingIsKept() {
        LocalDate invoiceDate = LocalDate.of(2026, 5, 3);
        today(f.active("100000"))
                .when(new RecordActuals(f.projectId, APRIL, invoiceDate, eur("30000"), null, FAY))
                .expectEvents(new ActualsRecorded(
                        f.projectId, APRIL, invoiceDate, eur("30000"), List.of(), eur("30000"), FAY));
    }

    @Test
    void aPausedProjectTakesActualsToo() {
        today(paused()).when(spend(APRIL, "2000", FAY)).expectEvents(recorded(APRIL, "2000", List.of(), "2000", FAY));
    }

    @Test
    void aProposedProjectHasNoActuals() {
        today(f.proposal("100000"))
                .when(spend(APRIL, "30000", IDA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aFutureMonthIsRefused() {
        today(f.active("100000"))
                .when(spend(YearMonth.of(2026, 6), "30000", IDA))
                .expectException(RefusedInputMatcher.on("period"))
                .expectNoEvents();
    }

    @Test
    void aFutureBusinessDateIsRefused() {
        today(f.active("100000"))
                .when(new RecordActuals(f.projectId, APRIL, LocalDate.of(2026, 5, 20), eur("30000"), null, FAY))
                .expectException(RefusedInputMatcher.on("businessDate"))
                .expectNoEvents();
    }

    @Test
    void spendIsInTheLedgerCurrency() {
        today(f.active("100000"))
                .when(new RecordActuals(f.projectId, APRIL, null, Money.of("30000", "USD"), null, FAY))
                .expectException(RefusedInputMatcher.on("spend.currency"))
                .expectNoEvents();
    }

    @Test
    void aViewerCannotRecordActuals() {
        today(f.active("100000"))
                .when(spend(APRIL, "30000", VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    @Test
    void recordingAMonthAgainCorrectsItInTheSpendToDate() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(recorded(MARCH, "30000", List.of(), "30000", IDA));
        given.add(recorded(APRIL, "20000", List.of(), "50000", IDA));
        today(given).when(spend(APRIL, "25000", FAY)).expectEvents(recorded(APRIL, "25000", List.of(), "55000", FAY));
    }

    @Test
    void spendMoreThanTenPercentOverTheApprovedBudgetRaisesASpendOverrun() {
        today(withSpendInMarch("60000"))
                .when(spend(APRIL, "50000.01", IDA))
                .expectEventsMatching(exactly(
                        event(recorded(APRIL, "50000.01", List.of(), "110000.01", IDA)),
                        fellDueOnItsOwn(f.projectId, 1, ReassessmentTrigger.SPEND_OVERRUN)));
    }

    @Test
    void spendExactlyTenPercentOverTheApprovedBudgetRaisesNothing() {
        today(withSpendInMarch("60000"))
                .when(spend(APRIL, "50000", IDA))
                .expectEvents(recorded(APRIL, "50000", List.of(), "110000", IDA));
    }

    @Test
    void aSecondOverrunWhileAReassessmentIsOpenRaisesNothingNew() {
        List<Object> given = withSpendInMarch("115000");
        given.add(new ReassessmentFellDue(
                f.projectId,
                UUID.randomUUID(),
                1,
                ReassessmentTrigger.SPEND_OVERRUN,
                "Spend to date is over budget",
                Actor.SYSTEM));
        today(given).when(spend(APRIL, "20000", IDA)).expectEvents(recorded(APRIL, "20000", List.of(), "135000", IDA));
    }

    @Test
    void theOverrunIsMeasuredAgainstTheLatestApprovedBudget() {
        UUID raise = UUID.randomUUID();
        List<Object> given = withSpendInMarch("60000");
        given.add(new ChangeRequested(
                f.projectId, raise, ChangeKind.BUDGET, ChangeTerms.budget(eur("150000")), "Licence prices rose", IDA));
        given.add(new ChangeTookEffect(
                f.projectId,
                raise,
                ChangeKind.BUDGET,
                1,
                ChangeTerms.budget(eur("150000")),
                eur("100000"),
                ProjectStatus.ACTIVE,
                ProjectStatus.ACTIVE,
                List.of(new Approval(FAY, 1), new Approval(IVO, 1)),
                IVO));
        today(given).when(spend(APRIL, "90000", IDA)).expectEvents(recorded(APRIL, "90000", List.of(), "150000", IDA));
    }

    @Test
    void theProjectsOwnOverrunShareDecides() {
        List<Object> given = withSpendInMarch("60000");
        given.add(new ReviewPolicySet(f.projectId, new ReviewPolicy(6, BigDecimal.ZERO, new BigDecimal("25")), FAY));
        today(given)
                .when(spend(APRIL, "40000.01", IDA))
                .expectEventsMatching(exactly(
                        event(recorded(APRIL, "40000.01", List.of(), "100000.01", IDA)),
                        fellDueOnItsOwn(f.projectId, 1, ReassessmentTrigger.SPEND_OVERRUN)));
    }

    @Test
    void benefitsMoreThanAQuarterBehindAfterThreeMonthsRaiseABenefitShortfall() {
        // The case expects 120,000 a year: 30,000 after three months, of which 22,500 is the floor.
        today(twoMonthsOfBenefits("7000"))
                .when(realising(APRIL, "8499.99"))
                .expectEventsMatching(exactly(
                        event(recorded(APRIL, "10000", realised("8499.99"), "30000", IVO)),
                        fellDueOnItsOwn(f.projectId, 1, ReassessmentTrigger.BENEFIT_SHORTFALL)));
    }

    @Test
    void benefitsExactlyAQuarterBehindRaiseNothing() {
        today(twoMonthsOfBenefits("7000"))
                .when(realising(APRIL, "8500"))
                .expectEvents(recorded(APRIL, "10000", realised("8500"), "30000", IVO));
    }

    @Test
    void benefitsAreNotJudgedBeforeThreeMonthsOfActuals() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(roiCaseExpecting("120000"));
        given.add(recorded(FEBRUARY, "10000", List.of(), "10000", IVO));
        today(given).when(spend(MARCH, "10000", IVO)).expectEvents(recorded(MARCH, "10000", List.of(), "20000", IVO));
    }

    @Test
    void aSkippedMonthStillCountsTowardsWhatTheRoiCaseExpects() {
        // February and April recorded, March skipped: three calendar months, so 30,000 expected, floor 22,500.
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(roiCaseExpecting("120000"));
        given.add(recorded(FEBRUARY, "10000", realised("11000"), "10000", IVO));
        today(given)
                .when(realising(APRIL, "11499.99"))
                .expectEventsMatching(exactly(
                        event(recorded(APRIL, "10000", realised("11499.99"), "20000", IVO)),
                        fellDueOnItsOwn(f.projectId, 1, ReassessmentTrigger.BENEFIT_SHORTFALL)));
    }

    @Test
    void realisedBenefitsMustNameAMetricOfTheRoiCase() {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(roiCaseExpecting("120000"));
        today(given)
                .when(new RecordActuals(
                        f.projectId,
                        APRIL,
                        null,
                        eur("10000"),
                        List.of(new RealisedBenefit("happier staff", eur("5000"))),
                        IVO))
                .expectException(RefusedInputMatcher.on("benefits[0].metric"))
                .expectNoEvents();
    }

    @Test
    void realisedBenefitsNeedAnRoiCase() {
        today(f.active("100000"))
                .when(realising(APRIL, "5000"))
                .expectException(RefusedInputMatcher.on("benefits"))
                .expectNoEvents();
    }

    private TestExecutor<Project> today(List<Object> given) {
        return f.fixture.givenCurrentTime(TODAY).andGiven(given);
    }

    /** Active with a budget of 100,000 and the given spend recorded for March. */
    private List<Object> withSpendInMarch(String spend) {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(recorded(MARCH, spend, List.of(), spend, IDA));
        return given;
    }

    /** Active, with an ROI case expecting 120,000 a year, and February and March each realising {@code each}. */
    private List<Object> twoMonthsOfBenefits(String each) {
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(roiCaseExpecting("120000"));
        given.add(recorded(FEBRUARY, "10000", realised(each), "10000", IVO));
        given.add(recorded(MARCH, "10000", realised(each), "20000", IVO));
        return given;
    }

    private List<Object> paused() {
        UUID pause = UUID.randomUUID();
        List<Object> given = new ArrayList<>(f.active("100000"));
        given.add(new ChangeRequested(f.projectId, pause, ChangeKind.PAUSE, ChangeTerms.none(), "Vendor strike", IDA));
        given.add(new ChangeApproved(f.projectId, pause, ChangeKind.PAUSE, 1, ChangeTerms.none(), "", FINN));
        given.add(new ChangeTookEffect(
                f.projectId,
                pause,
                ChangeKind.PAUSE,
                1,
                ChangeTerms.none(),
                eur("100000"),
                ProjectStatus.ACTIVE,
                ProjectStatus.PAUSED,
                List.of(new Approval(FINN, 1), new Approval(IVO, 1)),
                IVO));
        return given;
    }

    private RoiCaseRecorded roiCaseExpecting(String yearly) {
        return new RoiCaseRecorded(
                f.projectId,
                1,
                List.of(new ExpectedBenefit(BenefitCategory.COST_SAVING, METRIC, "-30 %", eur(yearly))),
                new BigDecimal("8"),
                new RoiCostBasis(1, eur("100000"), eur("10000"), 5),
                new RoiFigures(new BigDecimal("250000.00"), null, null, null),
                FAY);
    }

    private RecordActuals spend(YearMonth period, String spend, Actor actor) {
        return new RecordActuals(f.projectId, period, null, eur(spend), null, actor);
    }

    private RecordActuals realising(YearMonth period, String benefit) {
        return new RecordActuals(f.projectId, period, null, eur("10000"), realised(benefit), IVO);
    }

    private static List<RealisedBenefit> realised(String amount) {
        return List.of(new RealisedBenefit(METRIC, eur(amount)));
    }

    private ActualsRecorded recorded(
            YearMonth period, String spend, List<RealisedBenefit> benefits, String spendToDate, Actor actor) {
        return new ActualsRecorded(
                f.projectId, period, period.atEndOfMonth(), eur(spend), benefits, eur(spendToDate), actor);
    }
}
