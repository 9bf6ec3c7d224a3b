package dev.accord.domain.project;

import static dev.accord.domain.project.People.FAY;
import static dev.accord.domain.project.People.IDA;
import static dev.accord.domain.project.People.IVO;
import static dev.accord.domain.project.People.VIC;
import static dev.accord.domain.project.ProjectFixture.YEAR;
import static dev.accord.domain.project.ProjectFixture.eur;

import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.project.api.BenefitCategory;
import dev.accord.domain.project.api.EstimateSubmitted;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.RecordRoiCase;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.api.RoiCostBasis;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.project.roi.RoiCalculator;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's ROI case: expected yearly benefits, each with a category and metric, computed from the latest
 * estimate at Finance's discount rate for the fiscal year; the figures stay in the event. The maths itself is
 * tested in the roi package, so these tests compute the expected figures with {@link RoiCalculator}.
 */
class RoiCaseTest {

    private final ProjectFixture f = new ProjectFixture();

    private final EstimateSubmitted itsEstimate = new EstimateSubmitted(
            f.projectId,
            1,
            IDA.side(),
            eur("80000"),
            eur("10000"),
            5,
            eur("130000.00"),
            eur("70000"),
            eur("95000"),
            "Vendor quote",
            IDA);
    private final EstimateSubmitted financesEstimate = new EstimateSubmitted(
            f.projectId,
            2,
            FAY.side(),
            eur("100000"),
            eur("12000"),
            6,
            eur("172000.00"),
            eur("90000"),
            eur("120000"),
            "With contingency",
            FAY);

    private final ExpectedBenefit fewerLicences =
            new ExpectedBenefit(BenefitCategory.COST_SAVING, "licence cost", "-30 %", eur("25000"));
    private final ExpectedBenefit fasterQuotes =
            new ExpectedBenefit(BenefitCategory.PRODUCTIVITY, "quote turnaround", "2 days", eur("15000"));

    @Test
    void anRoiCaseNeedsAnEstimateFirst() {
        f.fixture
                .given(f.proposal("120000"))
                .when(new RecordRoiCase(f.projectId, List.of(fewerLicences), FAY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theFiguresComeFromTheLatestEstimateAtTheDefaultRateOfEightPercent() {
        BigDecimal rate = new BigDecimal("8");
        f.fixture
                .given(withBothEstimates())
                .when(new RecordRoiCase(f.projectId, List.of(fewerLicences, fasterQuotes), FAY))
                .expectEvents(new RoiCaseRecorded(
                        f.projectId,
                        1,
                        List.of(fewerLicences, fasterQuotes),
                        rate,
                        new RoiCostBasis(2, eur("100000"), eur("12000"), 6),
                        figures("100000", "12000", "40000", 6, rate),
                        FAY));
    }

    @Test
    void financesRateForTheYearIsUsedOnceSet() {
        BigDecimal rate = new BigDecimal("12.5");
        f.givenPortfolio(new DiscountRateSet(YEAR, rate, FAY));
        f.fixture
                .given(withBothEstimates())
                .when(new RecordRoiCase(f.projectId, List.of(fewerLicences), IVO))
                .expectEvents(new RoiCaseRecorded(
                        f.projectId,
                        1,
                        List.of(fewerLicences),
                        rate,
                        new RoiCostBasis(2, eur("100000"), eur("12000"), 6),
                        figures("100000", "12000", "25000", 6, rate),
                        IVO));
    }

    @Test
    void aNewCaseIsTheNextVersion() {
        BigDecimal rate = dev.accord.domain.portfolio.api.DiscountRate.DEFAULT_PERCENT;
        List<Object> given = new ArrayList<>(withBothEstimates());
        given.add(new RoiCaseRecorded(
                f.projectId,
                1,
                List.of(fewerLicences),
                rate,
                new RoiCostBasis(2, eur("100000"), eur("12000"), 6),
                figures("100000", "12000", "25000", 6, rate),
                FAY));
        f.fixture
                .given(given)
                .when(new RecordRoiCase(f.projectId, List.of(fasterQuotes), IDA))
                .expectEvents(new RoiCaseRecorded(
                        f.projectId,
                        2,
                        List.of(fasterQuotes),
                        rate,
                        new RoiCostBasis(2, eur("100000"), eur("12000"), 6),
                        figures("100000", "12000", "15000", 6, rate),
                        IDA));
    }

    @Test
    void aBenefitNeedsACategory() {
        f.fixture
                .given(withBothEstimates())
                .when(new RecordRoiCase(
                        f.projectId,
                        List.of(fewerLicences, new ExpectedBenefit(null, "quote turnaround", "2 days", eur("15000"))),
                        FAY))
                .expectException(RefusedInputMatcher.on("benefits[1].category"))
                .expectNoEvents();
    }

    @Test
    void aBenefitNeedsAMetric() {
        f.fixture
                .given(withBothEstimates())
                .when(new RecordRoiCase(
                        f.projectId,
                        List.of(new ExpectedBenefit(BenefitCategory.REVENUE, " ", "+5 %", eur("15000"))),
                        FAY))
                .expectException(RefusedInputMatcher.on("benefits[0].metric"))
                .expectNoEvents();
    }

    @Test
    void aCaseWithoutBenefitsIsRefused() {
        f.fixture
                .given(withBothEstimates())
                .when(new RecordRoiCase(f.projectId, List.of(), FAY))
                .expectException(RefusedInputMatcher.on("benefits"))
                .expectNoEvents();
    }

    @Test
    void benefitsAreInTheLedgerCurrency() {
        f.fixture
                .given(withBothEstimates())
                .when(new RecordRoiCase(
                        f.projectId,
                        List.of(new ExpectedBenefit(
                                BenefitCategory.REVENUE, "upsell", "+5 %", Money.of("15000", "USD"))),
                        FAY))
                .expectException(RefusedInputMatcher.on("benefits[0].yearlyAmount.currency"))
                .expectNoEvents();
    }

    @Test
    void aViewerCannotRecordAnRoiCase() {
        f.fixture
                .given(withBothEstimates())
                .when(new RecordRoiCase(f.projectId, List.of(fewerLicences), VIC))
                .expectException(NotPermittedException.class)
                .expectNoEvents();
    }

    /** IT's estimate, then Finance's: the latest one is Finance's, version 2. */
    private List<Object> withBothEstimates() {
        List<Object> given = new ArrayList<>(f.proposal("120000"));
        given.add(itsEstimate);
        given.add(financesEstimate);
        return given;
    }

    private static RoiFigures figures(
            String oneTime, String recurring, String yearlyBenefit, int horizon, BigDecimal rate) {
        return RoiCalculator.figuresFor(
                new CashFlowPlan(
                        new BigDecimal(oneTime), new BigDecimal(recurring), new BigDecimal(yearlyBenefit), horizon),
                rate);
    }
}
