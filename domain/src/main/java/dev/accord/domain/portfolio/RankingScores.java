package dev.accord.domain.portfolio;

import dev.accord.domain.portfolio.api.JointAssessment;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.RankingFactor;
import dev.accord.domain.portfolio.api.RankingScore;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.ScorePart;
import dev.accord.domain.project.api.AssessmentAnswer;
import dev.accord.domain.project.api.AssessmentQuestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The ranking score of each project of a year, 0 to 100 points. Each {@link RankingFactor} gives the project a value
 * from 0 to 1, and adds that value times its share of the year's weights (its weight over their sum) times 100:
 * <ul>
 *   <li>ROI and NPV have no scale of their own, so they are measured against the year's other ranked projects: 0 for
 *       the lowest figure among them, 1 for the highest, in proportion between (1 for all when they are equal);
 *   <li>each of the four questions is on the assessment's scale: the mean of both sides' ratings, 0 at the lowest
 *       rating (1) and 1 at the highest (5).
 * </ul>
 * A figure the project does not have (no ROI case yet, not yet assessed) is a missing part: it adds nothing, so a
 * project never gains by lacking a figure. Points are exact up to one rounding each, to the hundredth (half even);
 * the total is the sum of the parts as shown.
 */
public final class RankingScores {

    /** The points a project scores when it is the best of the year on every weighted factor. */
    public static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);

    /** Points are shown, added and compared to the hundredth. */
    public static final int POINTS_SCALE = 2;

    /** A factor's value from 0 to 1 is shown to four decimals. */
    public static final int VALUE_SCALE = 4;

    private RankingScores() {}

    /** Each project's score, by project id; ROI and NPV are measured against all the projects given. */
    public static Map<UUID, RankingScore> of(Collection<RankedProject> projects, RankingWeights weights) {
        Spread roi = Spread.of(projects, RankedProject::roiPercent);
        Spread npv = Spread.of(projects, RankedProject::npv);
        Map<UUID, RankingScore> scores = new HashMap<>();
        for (RankedProject project : projects) {
            List<ScorePart> parts = new ArrayList<>();
            for (RankingFactor factor : RankingFactor.values()) {
                Fraction value = switch (factor) {
                    case ROI -> roi.placeOf(project.roiPercent());
                    case NPV -> npv.placeOf(project.npv());
                    default -> rated(project.assessment(), factor.question());
                };
                parts.add(part(factor, weights, value));
            }
            BigDecimal total = parts.stream()
                    .map(ScorePart::points)
                    .reduce(BigDecimal.ZERO.setScale(POINTS_SCALE), BigDecimal::add);
            scores.put(project.projectId(), new RankingScore(total, parts));
        }
        return scores;
    }

    private static ScorePart part(RankingFactor factor, RankingWeights weights, Fraction value) {
        int weight = weights.of(factor);
        if (value == null) {
            return new ScorePart(factor, weight, null, BigDecimal.ZERO.setScale(POINTS_SCALE));
        }
        // value × weight / Σ weights × 100, as one division so that only the result is rounded.
        BigDecimal points = value.over()
                .multiply(BigDecimal.valueOf(weight))
                .multiply(FULL_SCORE)
                .divide(
                        value.under().multiply(BigDecimal.valueOf(weights.total())),
                        POINTS_SCALE,
                        RoundingMode.HALF_EVEN);
        return new ScorePart(factor, weight, value.decimal(), points);
    }

    /** Where the mean of both sides' ratings lies on the scale: (finance + it − 2 × lowest) / (2 × (highest − lowest)). */
    private static Fraction rated(JointAssessment assessment, AssessmentQuestion question) {
        if (assessment == null) {
            return null;
        }
        return assessment
                .of(question)
                .map(ratings -> new Fraction(
                        BigDecimal.valueOf(ratings.finance() + ratings.it() - 2L * AssessmentAnswer.LOWEST_RATING),
                        BigDecimal.valueOf(2L * (AssessmentAnswer.HIGHEST_RATING - AssessmentAnswer.LOWEST_RATING))))
                .orElse(null);
    }

    /** A value from 0 to 1 kept as a fraction, so that the points are computed with a single rounding. */
    private record Fraction(BigDecimal over, BigDecimal under) {

        static final Fraction ONE = new Fraction(BigDecimal.ONE, BigDecimal.ONE);

        BigDecimal decimal() {
            return over.divide(under, VALUE_SCALE, RoundingMode.HALF_EVEN);
        }
    }

    /** The lowest and the highest of a figure among the projects that have it. */
    private record Spread(BigDecimal lowest, BigDecimal highest) {

        static Spread of(Collection<RankedProject> projects, Function<RankedProject, BigDecimal> figure) {
            List<BigDecimal> known =
                    projects.stream().map(figure).filter(Objects::nonNull).toList();
            return new Spread(
                    known.stream().min(BigDecimal::compareTo).orElse(null),
                    known.stream().max(BigDecimal::compareTo).orElse(null));
        }

        /** 0 at the lowest, 1 at the highest; 1 when all are equal; null for a project without the figure. */
        Fraction placeOf(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal range = highest.subtract(lowest);
            return range.signum() == 0 ? Fraction.ONE : new Fraction(value.subtract(lowest), range);
        }
    }
}
