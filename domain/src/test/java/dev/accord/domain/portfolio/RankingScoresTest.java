package dev.accord.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.portfolio.api.JointAssessment;
import dev.accord.domain.portfolio.api.QuestionRatings;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.portfolio.api.RankingFactor;
import dev.accord.domain.portfolio.api.RankingScore;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.ScorePart;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A project's ranking score: ROI and NPV against the year's projects, the four questions on their scale, weighted. */
class RankingScoresTest {

    /** ROI 50, NPV 20, each question 10 but competitive advantage, which is left out. */
    private static final RankingWeights MIXED = new RankingWeights(50, 20, 10, 10, 10, 0);

    @Test
    void byDefaultTheScoreIsTheRoiAgainstTheYearsLowestAndHighest() {
        RankedProject low = project("Low", "10", "1000", null);
        RankedProject middle = project("Middle", "25", "1000", null);
        RankedProject high = project("High", "40", "1000", null);

        Map<UUID, RankingScore> scores = RankingScores.of(List.of(low, middle, high), RankingWeights.DEFAULT);

        assertThat(total(scores, low)).isEqualByComparingTo("0");
        assertThat(total(scores, middle)).isEqualByComparingTo("50.00");
        assertThat(total(scores, high)).isEqualByComparingTo("100.00");
        assertThat(scores.get(middle.projectId()).part(RankingFactor.ROI).value())
                .isEqualByComparingTo("0.5");
    }

    @Test
    void eachPartIsItsValueTimesItsShareOfTheWeights() {
        RankedProject best = project("Best", "40", "100000", assessed(5, 5, 4, 3, 3, 3, 1, 1));
        RankedProject third = project("Third", "20", "60000", assessed(3, 3, 3, 3, 3, 3, 3, 3));

        Map<UUID, RankingScore> scores = RankingScores.of(
                List.of(best, project("Worst", "10", "20000", assessed(1, 1, 1, 1, 1, 1, 1, 1)), third), MIXED);

        RankingScore score = scores.get(best.projectId());
        assertThat(score.parts())
                .extracting(ScorePart::factor, ScorePart::weight)
                .as("every factor, each with its weight")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RankingFactor.ROI, 50),
                        org.assertj.core.groups.Tuple.tuple(RankingFactor.NPV, 20),
                        org.assertj.core.groups.Tuple.tuple(RankingFactor.CLEAR_ROI, 10),
                        org.assertj.core.groups.Tuple.tuple(RankingFactor.PROCESS_DELIVERY, 10),
                        org.assertj.core.groups.Tuple.tuple(RankingFactor.LONG_TERM_OBJECTIVES, 10),
                        org.assertj.core.groups.Tuple.tuple(RankingFactor.COMPETITIVE_ADVANTAGE, 0));
        // The highest ROI and NPV of the year, 5 and 5 (top), 4 and 3 (5/8 of the scale), 3 and 3 (half way).
        assertThat(points(score)).containsExactly("50.00", "20.00", "10.00", "6.25", "5.00", "0.00");
        assertThat(score.total()).isEqualByComparingTo("91.25");
        assertThat(score.part(RankingFactor.PROCESS_DELIVERY).value()).isEqualByComparingTo("0.625");
        assertThat(score.part(RankingFactor.COMPETITIVE_ADVANTAGE).value())
                .as("a factor weighted 0 still shows where the project stands")
                .isEqualByComparingTo("0");

        // ROI 20 is a third of the way from 10 to 40; NPV 60,000 half way from 20,000 to 100,000; ratings of 3 half
        // way.
        assertThat(points(scores.get(third.projectId())))
                .containsExactly("16.67", "10.00", "5.00", "5.00", "5.00", "0.00");
        assertThat(scores.get(third.projectId()).total()).isEqualByComparingTo("41.67");
    }

    @Test
    void aProjectNotYetAssessedHasItsQuestionsMissingAndGainsNothingFromThem() {
        RankedProject unassessed = project("Unassessed", "40", "100000", null);
        RankedProject assessed = project("Assessed", "10", "20000", assessed(5, 5, 5, 5, 5, 5, 5, 5));

        Map<UUID, RankingScore> scores = RankingScores.of(List.of(unassessed, assessed), MIXED);

        RankingScore score = scores.get(unassessed.projectId());
        assertThat(score.parts().stream().filter(part -> part.factor().isAssessment()))
                .allMatch(ScorePart::isMissing)
                .allSatisfy(part -> assertThat(part.points()).isEqualByComparingTo("0"));
        assertThat(score.total()).as("ROI and NPV only").isEqualByComparingTo("70.00");
        assertThat(scores.get(assessed.projectId()).total())
                .as("the lowest ROI and NPV, the questions at the top of the scale")
                .isEqualByComparingTo("30.00");
    }

    @Test
    void aProjectWithoutAnRoiCaseHasThosePartsMissing() {
        RankedProject noCase = project("No case", null, null, assessed(3, 3, 3, 3, 3, 3, 3, 3));

        RankingScore score = RankingScores.of(List.of(noCase, project("Case", "10", "1", null)), MIXED)
                .get(noCase.projectId());

        assertThat(score.part(RankingFactor.ROI).isMissing()).isTrue();
        assertThat(score.part(RankingFactor.NPV).isMissing()).isTrue();
        assertThat(score.total()).isEqualByComparingTo("15.00");
    }

    @Test
    void whenTheYearsFiguresAreAllEqualEachIsAtTheTop() {
        RankedProject alone = project("Alone", "-5", "-100", null);

        RankingScore score = RankingScores.of(List.of(alone), MIXED).get(alone.projectId());

        assertThat(score.part(RankingFactor.ROI).value()).isEqualByComparingTo("1");
        assertThat(score.total()).isEqualByComparingTo("70.00");
    }

    @Test
    void onlyTheSharesOfTheWeightsCount() {
        RankedProject a = project("A", "10", "500", null);
        RankedProject b = project("B", "30", "100", null);
        List<RankedProject> year = List.of(a, b);

        Map<UUID, RankingScore> ones = RankingScores.of(year, new RankingWeights(1, 1, 0, 0, 0, 0));
        Map<UUID, RankingScore> fifties = RankingScores.of(year, new RankingWeights(50, 50, 0, 0, 0, 0));

        for (RankedProject project : year) {
            assertThat(points(ones.get(project.projectId()))).isEqualTo(points(fifties.get(project.projectId())));
        }
        assertThat(points(ones.get(a.projectId()))).startsWith("0.00", "50.00");
    }

    @Test
    void eachPartIsRoundedOnceToTheHundredthAndTheTotalIsTheirSum() {
        RankedProject top = project("Top", "30", "900", null);

        RankingScore score = RankingScores.of(
                        List.of(top, project("Bottom", "10", "100", null)), new RankingWeights(1, 2, 0, 0, 0, 0))
                .get(top.projectId());

        assertThat(points(score).subList(0, 2)).containsExactly("33.33", "66.67");
        assertThat(score.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void theAssessmentCanLiftAProjectAboveOneWithAHigherRoi() {
        RankedProject higherRoi = project("Higher ROI", "40", "1000", assessed(1, 1, 1, 1, 1, 1, 1, 1));
        RankedProject betterAssessed = project("Better assessed", "30", "1000", assessed(5, 5, 5, 5, 5, 5, 5, 5));
        RankedProject notAssessed = project("Not assessed", "35", "1000", null);

        List<RankedProject> ranked = PortfolioArithmetic.rank(
                List.of(higherRoi, betterAssessed, notAssessed), new RankingWeights(40, 0, 15, 15, 15, 15));

        assertThat(ranked)
                .extracting(RankedProject::title)
                .containsExactly("Better assessed", "Higher ROI", "Not assessed");
        assertThat(ranked)
                .extracting(p -> p.score().total().toPlainString())
                .containsExactly("60.00", "40.00", "20.00");
        assertThat(ranked.get(2).isAssessed()).isFalse();
    }

    @Test
    void withTheDefaultWeightsTheRankingIsTheRoiRankingItAlwaysWas() {
        List<RankedProject> year = List.of(
                project("No case", null, null, null),
                project("Lowest", "5", "10", assessed(5, 5, 5, 5, 5, 5, 5, 5)),
                project("Same ROI, higher NPV", "20", "900", null),
                project("Same ROI, lower NPV", "20", "100", null));

        assertThat(PortfolioArithmetic.rank(year, RankingWeights.DEFAULT))
                .extracting(RankedProject::title)
                .as("the lowest ROI and no ROI both score 0; unknown ROI still comes last")
                .containsExactly("Same ROI, higher NPV", "Same ROI, lower NPV", "Lowest", "No case");
    }

    private static List<String> points(RankingScore score) {
        return score.parts().stream().map(part -> part.points().toPlainString()).toList();
    }

    private static BigDecimal total(Map<UUID, RankingScore> scores, RankedProject project) {
        return scores.get(project.projectId()).total();
    }

    /** Finance's and IT's rating of each question in turn: clear ROI, process delivery, objectives, advantage. */
    private static JointAssessment assessed(int... financeThenIt) {
        AssessmentQuestion[] questions = AssessmentQuestion.values();
        return new JointAssessment(
                0,
                java.util.stream.IntStream.range(0, questions.length)
                        .mapToObj(
                                i -> new QuestionRatings(questions[i], financeThenIt[2 * i], financeThenIt[2 * i + 1]))
                        .toList());
    }

    private static RankedProject project(String title, String roiPercent, String npv, JointAssessment assessment) {
        Money requested = Money.of("100000", "EUR");
        return new RankedProject(
                0,
                UUID.randomUUID(),
                title,
                ProjectStatus.PROPOSED,
                requested,
                Money.of("0", "EUR"),
                Money.of("0", "EUR"),
                npv == null ? null : new BigDecimal(npv),
                roiPercent == null ? null : new BigDecimal(roiPercent),
                null,
                true,
                null,
                assessment,
                null);
    }
}
