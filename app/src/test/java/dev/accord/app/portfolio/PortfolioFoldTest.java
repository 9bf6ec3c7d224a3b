package dev.accord.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.portfolio.api.DepartmentTotal;
import dev.accord.domain.portfolio.api.DiscountRateSet;
import dev.accord.domain.portfolio.api.JointAssessment;
import dev.accord.domain.portfolio.api.MonthlySpend;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.QuestionRatings;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.RankingWeightsApproved;
import dev.accord.domain.portfolio.api.RankingWeightsRejected;
import dev.accord.domain.portfolio.api.RankingWeightsRequested;
import dev.accord.domain.portfolio.api.RankingWeightsSet;
import dev.accord.domain.portfolio.api.YearBudgetRejected;
import dev.accord.domain.portfolio.api.YearBudgetRequested;
import dev.accord.domain.portfolio.api.YearBudgetSet;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.project.api.ActualsRecorded;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentAnswered;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRejected;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's arithmetic as the page shows it: events folded by the fold the live read model and the as-of view
 * share, into the rows kept in memory, and summed up by the code both use.
 */
class PortfolioFoldTest {

    private static final int YEAR = 2031;
    private static final Actor IDA = new Actor("ida", "Ida Berg", Side.IT);
    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);

    private final PortfolioInMemory rows = new PortfolioInMemory();
    private final PortfolioFold fold = new PortfolioFold(rows);

    @Test
    void aYearWithoutEventsHasNoBudgetNothingAllocatedAndNoProjects() {
        PortfolioSummary year = summary();

        assertThat(year.budget()).isNull();
        assertThat(year.remaining()).isNull();
        assertThat(year.allocated()).isEqualTo(eur("0"));
        assertThat(year.allocated().currency()).as("the ledger's currency").isEqualTo("EUR");
        assertThat(year.projects()).isEmpty();
    }

    @Test
    void whatIsLeftIsTheBudgetLessWhatApprovedProjectsHold() {
        UUID robots = propose("Robots", "300000");
        UUID billing = propose("Billing", "150000");
        setBudget("1000000");
        approve(robots, "300000");
        approve(billing, "150000");

        PortfolioSummary year = summary();

        assertThat(year.budget().amount()).isEqualByComparingTo("1000000");
        assertThat(year.allocated().amount()).isEqualByComparingTo("450000");
        assertThat(year.remaining().amount()).isEqualByComparingTo("550000");
    }

    @Test
    void aCandidateFitsOnlyWhileWhatItAsksForIsLeftAndAnApprovedProjectAlwaysDoes() {
        UUID big = propose("Big", "900000");
        UUID small = propose("Small", "200000");
        UUID held = propose("Held", "700000");
        setBudget("1000000");
        approve(held, "700000");

        assertThat(project(big).fitsRemaining())
                .as("900,000 asked, 300,000 left")
                .isFalse();
        assertThat(project(small).fitsRemaining())
                .as("200,000 asked, 300,000 left")
                .isTrue();
        assertThat(project(held).fitsRemaining()).as("holds its share already").isTrue();
    }

    @Test
    void everyCandidateFitsWhileTheYearHasNoBudget() {
        UUID big = propose("Big", "900000000");

        assertThat(project(big).fitsRemaining()).isTrue();
    }

    @Test
    void projectsAreRankedByRoiThenNpvAndARejectedOneLeavesTheRanking() {
        UUID low = propose("Low", "1000");
        UUID high = propose("High", "1000");
        propose("No case", "1000");
        UUID refused = propose("Refused", "1000");
        recordCase(low, "5", "1000");
        recordCase(high, "25", "500");
        recordCase(refused, "90", "9000");
        fold.on(new ChangeRejected(
                refused, UUID.randomUUID(), ChangeKind.INITIAL_BUDGET, 1, null, "No", ProjectStatus.REJECTED, FAY));

        assertThat(summary().projects())
                .extracting(RankedProject::title, RankedProject::rank)
                .containsExactly(Tuple.tuple("High", 1), Tuple.tuple("Low", 2), Tuple.tuple("No case", 3));
    }

    @Test
    void eachProjectCarriesItsDepartmentAndTheYearIsTotalledByDepartment() {
        UUID robots = propose("Robots", "300000", "Logistics");
        UUID billing = propose("Billing", "150000", "Finance");
        UUID scanners = propose("Scanners", "50000.50", "Logistics");
        propose("Intranet", "20000", null);
        setBudget("1000000");
        approve(robots, "300000");
        recordMonth(robots, "2031-01", "1000", "1000");

        PortfolioSummary year = summary();

        assertThat(project(billing).department()).isEqualTo("Finance");
        assertThat(project(scanners).department()).isEqualTo("Logistics");
        assertThat(year.departments())
                .extracting(
                        DepartmentTotal::department,
                        DepartmentTotal::projects,
                        total -> total.requested().amount(),
                        total -> total.allocated().amount(),
                        total -> total.spendToDate().amount())
                .containsExactly(
                        Tuple.tuple("Finance", 1, new BigDecimal("150000"), BigDecimal.ZERO, BigDecimal.ZERO),
                        Tuple.tuple(
                                "Logistics",
                                2,
                                new BigDecimal("350000.50"),
                                new BigDecimal("300000"),
                                new BigDecimal("1000")),
                        Tuple.tuple(null, 1, new BigDecimal("20000"), BigDecimal.ZERO, BigDecimal.ZERO));
        assertThat(year.departments().get(0).requested().currency()).isEqualTo("EUR");
    }

    @Test
    void aMonthRecordedAgainReplacesItsSpendAndTheSpendToDateIsTheEventsOwn() {
        UUID robots = propose("Robots", "300000");
        UUID billing = propose("Billing", "150000");
        recordMonth(robots, "2031-01", "1000", "1000");
        recordMonth(billing, "2031-01", "500", "500");
        recordMonth(robots, "2031-02", "2000", "3000");
        recordMonth(robots, "2031-01", "1500", "3500");

        assertThat(summary().spendByMonth())
                .extracting(MonthlySpend::period, month -> month.spend().amount())
                .containsExactly(
                        Tuple.tuple(YearMonth.of(2031, 1), new BigDecimal("2000")),
                        Tuple.tuple(YearMonth.of(2031, 2), new BigDecimal("2000")));
        assertThat(project(robots).spendToDate().amount()).isEqualByComparingTo("3500");
    }

    @Test
    void aBudgetAwaitsApprovalUntilItIsSetOrRejected() {
        UUID first = UUID.randomUUID();
        fold.on(new YearBudgetRequested(YEAR, first, eur("800000"), "Plan", FAY));
        assertThat(summary().pendingBudgetChangeId()).isEqualTo(first);
        assertThat(summary().pendingBudget().amount()).isEqualByComparingTo("800000");

        fold.on(new YearBudgetRejected(YEAR, first, "Too much", IDA));
        assertThat(summary().pendingBudget()).isNull();
        assertThat(summary().budget()).isNull();

        setBudget("600000");
        assertThat(summary().pendingBudget()).isNull();
        assertThat(summary().budget().amount()).isEqualByComparingTo("600000");
    }

    @Test
    void financesRateIsKeptBesideTheBudget() {
        setBudget("600000");
        fold.on(new DiscountRateSet(YEAR, new BigDecimal("6.5"), FAY));

        assertThat(summary().discountRatePercent()).isEqualByComparingTo("6.5");
        assertThat(summary().budget().amount()).isEqualByComparingTo("600000");
    }

    @Test
    void aProjectIsScoredByItsLatestRoundBothSidesAnswered() {
        UUID kiosk = propose("Kiosk", "1000");
        answer(kiosk, 0, FAY, 2);
        assertThat(project(kiosk).isAssessed()).as("Finance alone").isFalse();

        answer(kiosk, 0, IDA, 4);
        answer(kiosk, 1, FAY, 5);
        JointAssessment assessed = project(kiosk).assessment();
        assertThat(assessed.round())
                .as("the reassessment's round is not complete yet")
                .isZero();
        assertThat(assessed.of(AssessmentQuestion.CLEAR_ROI).orElseThrow())
                .isEqualTo(new QuestionRatings(AssessmentQuestion.CLEAR_ROI, 2, 4));

        answer(kiosk, 1, IDA, 5);
        assertThat(project(kiosk).assessment().round()).isEqualTo(1);
        assertThat(project(kiosk).assessment().questions()).allMatch(q -> q.finance() == 5 && q.it() == 5);
    }

    @Test
    void weightsAwaitBothSidesAndThenRankTheYear() {
        UUID roiOnly = propose("ROI only", "1000");
        UUID assessed = propose("Assessed", "1000");
        recordCase(roiOnly, "40", "1000");
        recordCase(assessed, "10", "1000");
        answer(assessed, 0, FAY, 5);
        answer(assessed, 0, IDA, 5);
        assertThat(summary().rankingWeights()).isEqualTo(YearRankingWeights.NONE_SET);
        assertThat(summary().projects()).extracting(RankedProject::projectId).containsExactly(roiOnly, assessed);

        UUID change = UUID.randomUUID();
        RankingWeights questions = new RankingWeights(10, 0, 30, 30, 30, 0);
        fold.on(new RankingWeightsRequested(YEAR, change, questions, "Strategy", IDA));
        fold.on(new RankingWeightsApproved(YEAR, change, 1, questions, null, FAY));
        assertThat(summary().rankingWeights().pending().approvedBy()).containsExactly(Side.FINANCE);
        assertThat(summary().rankingWeights().inForce()).isEqualTo(RankingWeights.DEFAULT);

        fold.on(new RankingWeightsSet(YEAR, change, RankingWeights.DEFAULT, questions, List.of(), FAY));
        assertThat(summary().rankingWeights()).isEqualTo(new YearRankingWeights(questions, true, null));
        assertThat(summary().projects()).extracting(RankedProject::projectId).containsExactly(assessed, roiOnly);
        assertThat(project(assessed).score().total()).isEqualByComparingTo("90.00");

        UUID next = UUID.randomUUID();
        fold.on(new RankingWeightsRequested(YEAR, next, RankingWeights.DEFAULT, "", FAY));
        fold.on(new RankingWeightsRejected(YEAR, next, "No", IDA));
        assertThat(summary().rankingWeights()).isEqualTo(new YearRankingWeights(questions, true, null));
    }

    @Test
    void projectsOfOtherYearsAreNotInTheYear() {
        fold.on(proposal(UUID.randomUUID(), "Next year", "1000", YEAR + 1));

        assertThat(summary().projects()).isEmpty();
    }

    private PortfolioSummary summary() {
        return rows.summary(YEAR, "EUR");
    }

    private RankedProject project(UUID projectId) {
        return summary().projects().stream()
                .filter(p -> p.projectId().equals(projectId))
                .findFirst()
                .orElseThrow();
    }

    private UUID propose(String title, String amount) {
        return propose(title, amount, null);
    }

    private UUID propose(String title, String amount, String department) {
        UUID projectId = UUID.randomUUID();
        fold.on(proposal(projectId, title, amount, YEAR, department));
        return projectId;
    }

    private static ProjectProposed proposal(UUID projectId, String title, String amount, int year) {
        return proposal(projectId, title, amount, year, null);
    }

    private static ProjectProposed proposal(UUID projectId, String title, String amount, int year, String department) {
        return new ProjectProposed(
                projectId,
                title,
                "Why",
                "Sponsor",
                List.of(),
                List.of(),
                List.of(),
                eur(amount),
                year,
                IDA,
                department);
    }

    private void setBudget(String amount) {
        UUID changeId = UUID.randomUUID();
        fold.on(new YearBudgetRequested(YEAR, changeId, eur(amount), "Plan", FAY));
        fold.on(new YearBudgetSet(YEAR, changeId, null, eur(amount), List.of(), IDA));
    }

    /** The project's decision and the year's allocation, as a joint decision applies them. */
    private void approve(UUID projectId, String amount) {
        UUID changeId = UUID.randomUUID();
        fold.on(new ChangeTookEffect(
                projectId,
                changeId,
                ChangeKind.INITIAL_BUDGET,
                1,
                null,
                null,
                ProjectStatus.PROPOSED,
                ProjectStatus.ACTIVE,
                List.of(),
                IDA));
        fold.on(new BudgetAllocated(YEAR, projectId, changeId, eur("0"), eur(amount), eur(amount), IDA));
    }

    private void recordCase(UUID projectId, String roiPercent, String npv) {
        fold.on(new RoiCaseRecorded(
                projectId,
                1,
                List.of(),
                new BigDecimal("8"),
                null,
                new RoiFigures(new BigDecimal(npv), null, null, new BigDecimal(roiPercent)),
                FAY));
    }

    private void recordMonth(UUID projectId, String period, String spend, String toDate) {
        YearMonth month = YearMonth.parse(period);
        fold.on(new ActualsRecorded(projectId, month, month.atEndOfMonth(), eur(spend), List.of(), eur(toDate), IDA));
    }

    private void answer(UUID projectId, int round, Actor actor, int rating) {
        fold.on(new AssessmentAnswered(
                projectId,
                round,
                actor.side(),
                Arrays.stream(AssessmentQuestion.values())
                        .map(question -> new AssessmentAnswer(question, rating, "Because"))
                        .toList(),
                actor));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
