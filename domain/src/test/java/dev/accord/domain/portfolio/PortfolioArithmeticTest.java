package dev.accord.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.portfolio.api.DepartmentTotal;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What is left of a year's budget, what fits in it, and the order the year's projects are shown in. */
class PortfolioArithmeticTest {

    @Test
    void whatIsLeftIsTheBudgetLessWhatApprovedProjectsHold() {
        assertThat(PortfolioArithmetic.remaining(amount("1000000"), amount("350000.50")))
                .isEqualByComparingTo("649999.50");
    }

    @Test
    void nothingIsKnownToBeLeftBeforeTheYearHasABudget() {
        assertThat(PortfolioArithmetic.remaining(null, amount("350000"))).isNull();
    }

    @Test
    void anAmountFitsUpToExactlyWhatIsLeft() {
        assertThat(PortfolioArithmetic.fits(amount("100000.00"), amount("100000")))
                .isTrue();
        assertThat(PortfolioArithmetic.fits(amount("100000.01"), amount("100000")))
                .isFalse();
    }

    @Test
    void anythingFitsAYearWithoutABudget() {
        assertThat(PortfolioArithmetic.fits(amount("999999999999"), null)).isTrue();
    }

    @Test
    void aCandidateFitsWhenWhatItAsksForIsLeft() {
        assertThat(PortfolioArithmetic.fitsRemaining(ProjectStatus.PROPOSED, amount("200"), amount("150")))
                .isFalse();
        assertThat(PortfolioArithmetic.fitsRemaining(ProjectStatus.PROPOSED, amount("150"), amount("150")))
                .isTrue();
    }

    @Test
    void anApprovedProjectAlwaysFitsBecauseItAlreadyHoldsItsShare() {
        assertThat(PortfolioArithmetic.fitsRemaining(ProjectStatus.ACTIVE, amount("200"), amount("0")))
                .isTrue();
        assertThat(PortfolioArithmetic.fitsRemaining(ProjectStatus.PAUSED, amount("200"), amount("-50")))
                .isTrue();
    }

    @Test
    void byDefaultProjectsAreRankedByRoiThenNpvHighestFirstWithUnknownFiguresLast() {
        List<RankedProject> ranked = PortfolioArithmetic.rank(
                List.of(
                        project("No case yet", ProjectStatus.PROPOSED, null, null),
                        project("Lower ROI", ProjectStatus.ACTIVE, "12.50", "90000"),
                        project("Same ROI, higher NPV", ProjectStatus.ACTIVE, "40", "80000"),
                        project("Same ROI, lower NPV", ProjectStatus.PROPOSED, "40", "5000"),
                        project("ROI without NPV", ProjectStatus.ACTIVE, "40", null)),
                RankingWeights.DEFAULT);

        assertThat(ranked)
                .extracting(RankedProject::title)
                .containsExactly(
                        "Same ROI, higher NPV", "Same ROI, lower NPV", "ROI without NPV", "Lower ROI", "No case yet");
        assertThat(ranked).extracting(RankedProject::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void equalFiguresAreRankedByTitleWhateverItsCase() {
        List<RankedProject> ranked = PortfolioArithmetic.rank(
                List.of(
                        project("billing", ProjectStatus.PROPOSED, "10", "100"),
                        project("Archive", ProjectStatus.PROPOSED, "10", "100"),
                        project("archive", ProjectStatus.PROPOSED, "10", "100"),
                        project("Catalogue", ProjectStatus.PROPOSED, "10", "100")),
                RankingWeights.DEFAULT);

        assertThat(ranked)
                .extracting(RankedProject::title)
                .containsExactly("Archive", "archive", "billing", "Catalogue");
    }

    @Test
    void rejectedAndCancelledProjectsAreOutOfTheRankingWhileCompletedOnesStay() {
        List<RankedProject> ranked = PortfolioArithmetic.rank(
                List.of(
                        project("Refused", ProjectStatus.REJECTED, "90", "1000"),
                        project("Called off", ProjectStatus.CANCELLED, "80", "1000"),
                        project("Done", ProjectStatus.COMPLETED, "10", "1000"),
                        project("Waiting", ProjectStatus.PROPOSED, "5", "1000")),
                RankingWeights.DEFAULT);

        assertThat(ranked).extracting(RankedProject::title).containsExactly("Done", "Waiting");
        assertThat(ranked).extracting(RankedProject::rank).containsExactly(1, 2);
    }

    @Test
    void eachDepartmentsProjectsAddUpWithThoseWithoutADepartmentLast() {
        List<DepartmentTotal> totals = PortfolioArithmetic.byDepartment(
                List.of(
                        inDepartment("sales", ProjectStatus.ACTIVE, "100000", "100000", "25000"),
                        inDepartment(null, ProjectStatus.PROPOSED, "40000", "0", "0"),
                        inDepartment("Finance", ProjectStatus.PROPOSED, "50000", "0", "0"),
                        inDepartment("sales", ProjectStatus.PROPOSED, "30000.50", "0", "0"),
                        // Cancelled: asks for nothing any more, but still holds what it spent.
                        inDepartment("Finance", ProjectStatus.CANCELLED, "70000", "12000", "12000")),
                "EUR");

        assertThat(totals)
                .containsExactly(
                        new DepartmentTotal("Finance", 1, eur("50000"), eur("12000"), eur("12000")),
                        new DepartmentTotal("sales", 2, eur("130000.50"), eur("100000"), eur("25000")),
                        new DepartmentTotal(null, 1, eur("40000"), eur("0"), eur("0")));
    }

    @Test
    void aDepartmentWhoseProjectsWereAllRejectedIsLeftOut() {
        assertThat(PortfolioArithmetic.byDepartment(
                        List.of(inDepartment("Legal", ProjectStatus.REJECTED, "90000", "0", "0")), "EUR"))
                .isEmpty();
    }

    private static RankedProject inDepartment(
            String department, ProjectStatus status, String requested, String allocated, String spent) {
        return new RankedProject(
                0,
                UUID.randomUUID(),
                "A project",
                status,
                eur(requested),
                eur(allocated),
                eur(spent),
                null,
                null,
                null,
                true,
                department,
                null,
                null);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static RankedProject project(String title, ProjectStatus status, String roiPercent, String npv) {
        Money requested = Money.of("100000", "EUR");
        return new RankedProject(
                0,
                UUID.randomUUID(),
                title,
                status,
                requested,
                Money.of("0", "EUR"),
                Money.of("0", "EUR"),
                npv == null ? null : new BigDecimal(npv),
                roiPercent == null ? null : new BigDecimal(roiPercent),
                null,
                true,
                null,
                null,
                null);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
