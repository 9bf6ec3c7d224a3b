package dev.accord.app.portfolio;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.portfolio.api.JointAssessment;
import dev.accord.domain.portfolio.api.PendingRankingWeights;
import dev.accord.domain.portfolio.api.RankingScore;
import dev.accord.domain.portfolio.api.RankingWeights;
import dev.accord.domain.portfolio.api.ScorePart;
import dev.accord.domain.portfolio.api.YearRankingWeights;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Side;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The ranking's weights, scores and assessments as the API shows them. */
final class RankingJson {

    private RankingJson() {}

    @Schema(
            description = "How much each part of the score counts: whole numbers from 0 (left out) to "
                    + RankingWeights.MAX_WEIGHT + ", at least one above 0; only their shares matter")
    record RankingWeightsJson(
            @Schema(requiredMode = REQUIRED, type = "integer", minimum = "0", maximum = "" + RankingWeights.MAX_WEIGHT)
            BigDecimal roi,

            @Schema(requiredMode = REQUIRED, type = "integer", minimum = "0", maximum = "" + RankingWeights.MAX_WEIGHT)
            BigDecimal npv,

            @Schema(
                    requiredMode = REQUIRED,
                    type = "integer",
                    minimum = "0",
                    maximum = "" + RankingWeights.MAX_WEIGHT,
                    description = "Clear, documented, measurable and actively managed ROI")
            BigDecimal clearRoi,

            @Schema(
                    requiredMode = REQUIRED,
                    type = "integer",
                    minimum = "0",
                    maximum = "" + RankingWeights.MAX_WEIGHT,
                    description = "Improves the delivery of specific company processes")
            BigDecimal processDelivery,

            @Schema(
                    requiredMode = REQUIRED,
                    type = "integer",
                    minimum = "0",
                    maximum = "" + RankingWeights.MAX_WEIGHT,
                    description = "Serves long-term company and long-term IT objectives")
            BigDecimal longTermObjectives,

            @Schema(
                    requiredMode = REQUIRED,
                    type = "integer",
                    minimum = "0",
                    maximum = "" + RankingWeights.MAX_WEIGHT,
                    description = "Creates a sustaining competitive advantage")
            BigDecimal competitiveAdvantage) {

        static RankingWeightsJson of(RankingWeights weights) {
            return weights == null
                    ? null
                    : new RankingWeightsJson(
                            BigDecimal.valueOf(weights.roi()),
                            BigDecimal.valueOf(weights.npv()),
                            BigDecimal.valueOf(weights.clearRoi()),
                            BigDecimal.valueOf(weights.processDelivery()),
                            BigDecimal.valueOf(weights.longTermObjectives()),
                            BigDecimal.valueOf(weights.competitiveAdvantage()));
        }

        /** The weights as sent; the domain checks their range and sum, this only names a weight left out. */
        static RankingWeights parse(RankingWeightsJson json) {
            if (json == null) {
                throw new InvalidInputException("weights", "Give a weight for each part of the score");
            }
            return new RankingWeights(
                    given("roi", json.roi()),
                    given("npv", json.npv()),
                    given("clearRoi", json.clearRoi()),
                    given("processDelivery", json.processDelivery()),
                    given("longTermObjectives", json.longTermObjectives()),
                    given("competitiveAdvantage", json.competitiveAdvantage()));
        }

        /** Read as a number, so that 12.5 is refused rather than cut to 12 as a JSON integer would be. */
        private static int given(String field, BigDecimal weight) {
            if (weight == null) {
                throw new InvalidInputException("weights." + field, "Give a weight, 0 to leave this part out");
            }
            if (weight.stripTrailingZeros().scale() > 0
                    || weight.compareTo(BigDecimal.ZERO) < 0
                    || weight.compareTo(BigDecimal.valueOf(RankingWeights.MAX_WEIGHT)) > 0) {
                throw new InvalidInputException("weights." + field, RankingWeights.WEIGHT_SCALE);
            }
            return weight.intValueExact();
        }
    }

    @Schema(description = "Ranking weights awaiting approval by one Finance and one IT member other than the requester")
    record PendingRankingWeightsJson(
            UUID changeId,
            int version,
            RankingWeightsJson weights,
            String rationale,
            String requestedBy,
            String requestedByName,
            List<Side> approvedBy,
            List<Side> waitingFor) {

        static PendingRankingWeightsJson of(PendingRankingWeights pending) {
            return pending == null
                    ? null
                    : new PendingRankingWeightsJson(
                            pending.changeId(),
                            pending.version(),
                            RankingWeightsJson.of(pending.weights()),
                            pending.rationale(),
                            pending.requestedById(),
                            pending.requestedByName(),
                            pending.approvedBy().stream().sorted().toList(),
                            JointApproval.missingSides(pending.approvedBy()).stream()
                                    .sorted()
                                    .toList());
        }
    }

    record YearRankingWeightsJson(
            int fiscalYear,

            @Schema(description = "The weights the year's projects are ranked by")
            RankingWeightsJson weights,

            @Schema(description = "False while Finance and IT have set none: the year ranks by ROI alone")
            boolean setJointly,

            PendingRankingWeightsJson pending) {

        static YearRankingWeightsJson of(int fiscalYear, YearRankingWeights year) {
            return new YearRankingWeightsJson(
                    fiscalYear,
                    RankingWeightsJson.of(year.inForce()),
                    year.setJointly(),
                    PendingRankingWeightsJson.of(year.pending()));
        }
    }

    @Schema(description = "One part of a project's score")
    record ScorePartJson(
            @Schema(
                    allowableValues = {
                        "roi",
                        "npv",
                        "clearRoi",
                        "processDelivery",
                        "longTermObjectives",
                        "competitiveAdvantage"
                    })
            String factor,

            int weight,

            @Schema(
                    description =
                            "Where the project stands, 0 to 1: ROI and NPV against the year's lowest and highest, "
                                    + "a question by the mean of both sides' ratings; null when the project has no such figure")
            BigDecimal value,

            @Schema(description = "What this part adds to the score: value × weight ÷ the sum of the weights × 100")
            BigDecimal points,

            @Schema(
                    description =
                            "Why the part adds nothing, when the project lacks it: \"not yet assessed\", \"no ROI "
                                    + "case yet\"")
            String missing) {

        static ScorePartJson of(ScorePart part) {
            return new ScorePartJson(
                    part.factor().field(), part.weight(), part.value(), part.points(), part.whyMissing());
        }
    }

    @Schema(description = "The project's ranking score, 0 to 100 points: the sum of its parts")
    record RankingScoreJson(BigDecimal total, List<ScorePartJson> parts) {

        static RankingScoreJson of(RankingScore score) {
            return new RankingScoreJson(
                    score.total(), score.parts().stream().map(ScorePartJson::of).toList());
        }
    }

    record QuestionRatingsJson(AssessmentQuestion question, int finance, int it) {}

    @Schema(
            description = "The latest round of the four questions both sides answered (0 at approval); null: not yet "
                    + "assessed")
    record JointAssessmentJson(int round, List<QuestionRatingsJson> ratings) {

        static JointAssessmentJson of(JointAssessment assessment) {
            return assessment == null
                    ? null
                    : new JointAssessmentJson(
                            assessment.round(),
                            assessment.questions().stream()
                                    .map(q -> new QuestionRatingsJson(q.question(), q.finance(), q.it()))
                                    .toList());
        }
    }
}
