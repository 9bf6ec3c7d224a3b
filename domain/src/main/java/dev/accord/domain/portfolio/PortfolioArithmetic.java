package dev.accord.domain.portfolio;

import dev.accord.domain.portfolio.api.DepartmentTotal;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.RankingScore;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The portfolio's arithmetic, one definition for the aggregate that refuses a decision over budget, the read model,
 * the as-of view and the page that shows them: what is left of a year's budget, what fits in it, and the ranking.
 */
public final class PortfolioArithmetic {

    /**
     * The order of projects of equal score: by ROI, then NPV, highest first and unknown figures last, then by title as
     * people read it, whatever its case (the same on every machine, unlike a database's collation); the rest only so
     * that projects alike in all of these have one order wherever they are ranked. A year that ranks by ROI alone,
     * its default, is in this order.
     */
    public static final Comparator<RankedProject> RANKING = Comparator.comparing(
                    RankedProject::roiPercent, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(RankedProject::npv, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(RankedProject::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(RankedProject::title)
            .thenComparing(RankedProject::projectId);

    private PortfolioArithmetic() {}

    /** What the year's budget leaves after what approved projects hold; null while the year has no budget. */
    public static BigDecimal remaining(BigDecimal budget, BigDecimal allocated) {
        return budget == null ? null : budget.subtract(allocated);
    }

    /** Whether an amount fits what is left; a year without a budget has no cap yet, so anything fits. */
    public static boolean fits(BigDecimal amount, BigDecimal remaining) {
        return remaining == null || amount.compareTo(remaining) <= 0;
    }

    /**
     * Whether a project of the year fits what is left: a candidate when what it asks for fits; a project past its
     * proposal already holds its share, so it always does.
     */
    public static boolean fitsRemaining(ProjectStatus status, BigDecimal requested, BigDecimal remaining) {
        return status != ProjectStatus.PROPOSED || fits(requested, remaining);
    }

    /**
     * The projects that compete for the year's money ({@link ProjectStatus#isRanked()}: a completed one stays, it
     * holds what it used), scored against each other by the year's weights ({@link RankingScores}), highest score
     * first and equal scores in {@link #RANKING} order, numbered from 1 (the rank and score they come with are
     * replaced). With the default weights, ROI alone, this is the {@link #RANKING} order itself.
     */
    public static List<RankedProject> rank(Collection<RankedProject> projects, RankingWeights weights) {
        List<RankedProject> competing =
                projects.stream().filter(project -> project.status().isRanked()).toList();
        Map<UUID, RankingScore> scores = RankingScores.of(competing, weights);
        Comparator<RankedProject> byScore =
                Comparator.comparing(project -> scores.get(project.projectId()).total(), Comparator.reverseOrder());
        List<RankedProject> ranked = new ArrayList<>();
        competing.stream()
                .sorted(byScore.thenComparing(RANKING))
                .forEach(project -> ranked.add(numbered(project, ranked.size() + 1, scores.get(project.projectId()))));
        return ranked;
    }

    /**
     * What each requesting department's projects of the year come to ({@link DepartmentTotal}), by name as people
     * read it and the projects without a department last: what the ranked ones ask for, and what all of them hold
     * and have spent, so that the departments' allocations add up to the year's. A department whose projects neither
     * compete nor hold anything (all rejected) is left out.
     *
     * @param projects every project of the year, ranked or not
     */
    public static List<DepartmentTotal> byDepartment(Collection<RankedProject> projects, String currency) {
        Map<Optional<String>, List<RankedProject>> byName = new TreeMap<>(Comparator.comparing(
                (Optional<String> name) -> name.orElse(null),
                Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))));
        projects.forEach(
                project -> byName.computeIfAbsent(Optional.ofNullable(project.department()), name -> new ArrayList<>())
                        .add(project));
        List<DepartmentTotal> totals = new ArrayList<>();
        byName.forEach((name, own) -> {
            List<RankedProject> competing =
                    own.stream().filter(p -> p.status().isRanked()).toList();
            BigDecimal allocated = sum(own, RankedProject::allocated);
            BigDecimal spent = sum(own, RankedProject::spendToDate);
            if (!competing.isEmpty() || allocated.signum() != 0 || spent.signum() != 0) {
                totals.add(new DepartmentTotal(
                        name.orElse(null),
                        competing.size(),
                        new Money(sum(competing, RankedProject::requestedBudget), currency),
                        new Money(allocated, currency),
                        new Money(spent, currency)));
            }
        });
        return totals;
    }

    private static BigDecimal sum(List<RankedProject> projects, Function<RankedProject, Money> figure) {
        return projects.stream().map(figure).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static RankedProject numbered(RankedProject p, int rank, RankingScore score) {
        return new RankedProject(
                rank,
                p.projectId(),
                p.title(),
                p.status(),
                p.requestedBudget(),
                p.allocated(),
                p.spendToDate(),
                p.npv(),
                p.roiPercent(),
                p.irrPercent(),
                p.fitsRemaining(),
                p.department(),
                p.assessment(),
                score);
    }
}
