package dev.accord.app.scenario;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.accord.app.api.MoneyJson;
import dev.accord.domain.project.roi.RoiFigures;
import dev.accord.domain.scenario.api.ChangeOutcome;
import dev.accord.domain.scenario.api.ProjectDifference;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.domain.scenario.api.ScenarioComparison;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.scenario.api.ScenarioProject;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Scenarios as the API reads and writes them; the figures are the domain's, only their shape is made here. */
final class ScenarioJson {

    private ScenarioJson() {}

    @Schema(name = "ScenarioProject", description = "A project of the year and the amount the scenario gives it")
    record ProjectJson(
            @Schema(requiredMode = REQUIRED) UUID projectId,
            @Schema(requiredMode = REQUIRED) MoneyJson amount) {}

    @Schema(name = "ScenarioRequest")
    record SaveBody(
            @Schema(requiredMode = REQUIRED, description = "Unique among the year's scenarios, whatever its case")
            String name,

            @Schema(requiredMode = REQUIRED) List<ProjectJson> projects) {}

    @Schema(name = "ScenarioRevision")
    record ReviseBody(
            @Schema(requiredMode = REQUIRED, description = "The version revised: a later one is not overwritten")
            Integer version,

            @Schema(requiredMode = REQUIRED) String name,
            @Schema(requiredMode = REQUIRED) List<ProjectJson> projects) {}

    @Schema(name = "ScenarioEvaluationRequest")
    record EvaluateBody(@Schema(requiredMode = REQUIRED) List<ProjectJson> projects) {}

    @Schema(name = "ScenarioVersion")
    record Version(UUID id, int version) {}

    @Schema(name = "Scenario")
    record Scenario(
            UUID id,
            int fiscalYear,
            String name,
            int version,
            List<ProjectJson> projects,
            MoneyJson total,
            String savedBy,
            Instant savedAt,
            String revisedBy,
            Instant revisedAt) {}

    @Schema(name = "ScenarioLine", description = "A project of the scenario, in the portfolio's rank order")
    record Line(
            int rank,
            UUID projectId,
            String title,
            String status,

            @Schema(description = "Approved budget, or the requested one while proposed")
            MoneyJson currentBudget,

            MoneyJson amount,

            @Schema(description = "amount less currentBudget")
            MoneyJson difference,

            @Schema(description = "Fits what the budget leaves after the projects above it that fit")
            boolean fits,

            @Schema(description = "At the year's rate, its ROI case pro rata to the amount")
            BigDecimal npv,

            BigDecimal roiPercent) {}

    @Schema(name = "ScenarioFigures", description = "The set's ROI cases taken together at the year's discount rate")
    record Figures(BigDecimal npv, BigDecimal irrPercent, BigDecimal paybackYears, BigDecimal roiPercent) {}

    @Schema(name = "ScenarioEvaluation")
    record Evaluation(
            int fiscalYear,

            @Schema(description = "Null while the year has no budget; then everything fits")
            MoneyJson budget,

            @Schema(description = "What approved projects outside the set still hold")
            MoneyJson heldOutside,

            MoneyJson total,

            @Schema(description = "budget - heldOutside - total; negative when the set asks for more")
            MoneyJson remaining,

            MoneyJson fittingTotal,
            BigDecimal discountRatePercent,
            List<Line> projects,

            @Schema(description = "Null when no project of the set has an ROI case")
            Figures figures,

            int withoutRoiCase,

            @Schema(description = "Projects named that no longer compete (closed since); left out of every figure")
            List<UUID> noLongerCompeting) {}

    @Schema(name = "EvaluatedScenario")
    record Evaluated(Scenario scenario, Evaluation evaluation) {}

    @Schema(name = "ScenarioDifference")
    record Difference(
            int rank,
            UUID projectId,
            String title,

            @Schema(description = "Null when the first scenario leaves it out")
            MoneyJson first,

            @Schema(description = "Null when the second scenario leaves it out")
            MoneyJson second,

            @Schema(description = "second - first, a missing amount counting as nothing")
            MoneyJson difference,

            Boolean fitsInFirst,
            Boolean fitsInSecond) {}

    @Schema(name = "ScenarioComparison")
    record Comparison(
            Evaluated first,
            Evaluated second,
            List<Difference> projects,
            MoneyJson totalDifference,
            BigDecimal npvDifference,
            @Schema(description = "In percentage points") BigDecimal roiDifference) {}

    @Schema(name = "ScenarioChangeOutcome", description = "A change the scenario implied: opened, or refused and why")
    record Outcome(
            UUID projectId,
            String title,

            @Schema(description = "BUDGET, or INITIAL_BUDGET for a revision of a proposal's initial budget")
            String kind,

            MoneyJson from,
            MoneyJson to,
            boolean opened,
            UUID changeId,
            Integer version,
            String refusal) {}

    static List<ScenarioProject> projects(List<ProjectJson> given) {
        if (given == null) {
            return null;
        }
        List<ScenarioProject> projects = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ProjectJson project = given.get(i);
            projects.add(
                    project == null
                            ? null
                            : new ScenarioProject(
                                    project.projectId(),
                                    MoneyJson.parse("projects[" + i + "].amount", project.amount())));
        }
        return projects;
    }

    static Scenario of(SavedScenario scenario) {
        return new Scenario(
                scenario.scenarioId(),
                scenario.fiscalYear(),
                scenario.name(),
                scenario.version(),
                scenario.projects().stream()
                        .map(p -> new ProjectJson(p.projectId(), MoneyJson.of(p.amount())))
                        .toList(),
                MoneyJson.of(scenario.total()),
                scenario.savedBy(),
                scenario.savedAt(),
                scenario.revisedBy(),
                scenario.revisedAt());
    }

    static Evaluation of(ScenarioEvaluation evaluation) {
        return new Evaluation(
                evaluation.fiscalYear(),
                MoneyJson.of(evaluation.budget()),
                MoneyJson.of(evaluation.heldOutside()),
                MoneyJson.of(evaluation.total()),
                MoneyJson.of(evaluation.remaining()),
                MoneyJson.of(evaluation.fittingTotal()),
                evaluation.discountRatePercent(),
                evaluation.lines().stream().map(ScenarioJson::of).toList(),
                of(evaluation.figures()),
                evaluation.withoutRoiCase(),
                evaluation.noLongerCompeting());
    }

    static Comparison of(SavedScenario first, SavedScenario second, ScenarioComparison comparison) {
        return new Comparison(
                new Evaluated(of(first), of(comparison.first())),
                new Evaluated(of(second), of(comparison.second())),
                comparison.projects().stream().map(ScenarioJson::of).toList(),
                MoneyJson.of(comparison.totalDifference()),
                comparison.npvDifference(),
                comparison.roiDifference());
    }

    static Outcome of(ChangeOutcome outcome) {
        return new Outcome(
                outcome.change().projectId(),
                outcome.change().title(),
                outcome.change().kind().name(),
                MoneyJson.of(outcome.change().from()),
                MoneyJson.of(outcome.change().to()),
                outcome.opened(),
                outcome.changeId(),
                outcome.version(),
                outcome.refusal());
    }

    private static Line of(ScenarioLine line) {
        return new Line(
                line.rank(),
                line.projectId(),
                line.title(),
                line.status().name(),
                MoneyJson.of(line.currentBudget()),
                MoneyJson.of(line.amount()),
                MoneyJson.of(line.difference()),
                line.fits(),
                line.npv(),
                line.roiPercent());
    }

    private static Figures of(RoiFigures figures) {
        return figures == null
                ? null
                : new Figures(figures.npv(), figures.irrPercent(), figures.paybackYears(), figures.roiPercent());
    }

    private static Difference of(ProjectDifference difference) {
        return new Difference(
                difference.rank(),
                difference.projectId(),
                difference.title(),
                MoneyJson.of(difference.first()),
                MoneyJson.of(difference.second()),
                MoneyJson.of(difference.difference()),
                difference.fitsInFirst(),
                difference.fitsInSecond());
    }
}
