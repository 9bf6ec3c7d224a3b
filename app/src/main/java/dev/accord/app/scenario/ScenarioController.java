package dev.accord.app.scenario;

import dev.accord.app.api.NotFoundException;
import dev.accord.app.api.SignedIn;
import dev.accord.app.scenario.ScenarioJson.Comparison;
import dev.accord.app.scenario.ScenarioJson.EvaluateBody;
import dev.accord.app.scenario.ScenarioJson.Evaluated;
import dev.accord.app.scenario.ScenarioJson.Evaluation;
import dev.accord.app.scenario.ScenarioJson.Outcome;
import dev.accord.app.scenario.ScenarioJson.ReviseBody;
import dev.accord.app.scenario.ScenarioJson.SaveBody;
import dev.accord.app.scenario.ScenarioJson.Scenario;
import dev.accord.app.scenario.ScenarioJson.Version;
import dev.accord.domain.scenario.ScenarioChangeRequests;
import dev.accord.domain.scenario.ScenarioComparer;
import dev.accord.domain.scenario.ScenarioEvaluator;
import dev.accord.domain.scenario.api.DiscardScenario;
import dev.accord.domain.scenario.api.FindScenario;
import dev.accord.domain.scenario.api.FindScenarioBasis;
import dev.accord.domain.scenario.api.FindScenarios;
import dev.accord.domain.scenario.api.ReviseScenario;
import dev.accord.domain.scenario.api.SaveScenario;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fiscal year's what-if scenarios: sets of its projects with adjusted amounts, weighed against the year's budget,
 * saved by name for both sides, compared, and turned into the change requests they imply. Nothing here decides.
 */
@RestController
@RequestMapping("/api/portfolio/{fiscalYear}/scenarios")
@Tag(name = "Scenarios")
class ScenarioController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ScenarioController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listScenarios", summary = "The year's saved scenarios, by name")
    List<Scenario> list(@PathVariable int fiscalYear) {
        return queries
                .query(new FindScenarios(fiscalYear), ResponseTypes.multipleInstancesOf(SavedScenario.class))
                .join()
                .stream()
                .map(ScenarioJson::of)
                .toList();
    }

    @GetMapping("/{scenarioId}")
    @Operation(
            operationId = "getScenario",
            summary = "A saved scenario, evaluated against the year as it stands now",
            description = "Total, what remains of the year's budget, which projects fit in rank order, and the set's "
                    + "NPV and ROI from its projects' ROI cases at the year's discount rate, each pro rata to its "
                    + "amount.")
    @ApiResponse(responseCode = "200", description = "The scenario and its evaluation")
    @ApiResponse(responseCode = "404", description = "No such scenario in the year")
    Evaluated get(@PathVariable int fiscalYear, @PathVariable UUID scenarioId) {
        SavedScenario scenario = scenario(fiscalYear, scenarioId);
        return new Evaluated(
                ScenarioJson.of(scenario),
                ScenarioJson.of(ScenarioEvaluator.evaluate(basis(fiscalYear), scenario.projects())));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "saveScenario", summary = "Save a scenario by name, for both sides to see")
    @ApiResponse(responseCode = "201", description = "Saved as version 1")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT save scenarios")
    @ApiResponse(responseCode = "409", description = "Others are saving the year's scenarios at this very moment")
    Version save(@PathVariable int fiscalYear, @RequestBody SaveBody body) {
        UUID scenarioId = UUID.randomUUID();
        commands.sendAndWait(new SaveScenario(
                fiscalYear, scenarioId, body.name(), ScenarioJson.projects(body.projects()), SignedIn.actor()));
        return new Version(scenarioId, 1);
    }

    @PutMapping("/{scenarioId}")
    @Operation(operationId = "reviseScenario", summary = "Save a scenario again as its next version")
    @ApiResponse(responseCode = "200", description = "Saved as the next version")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT revise scenarios")
    @ApiResponse(responseCode = "404", description = "No such scenario in the year")
    @ApiResponse(responseCode = "409", description = "Someone saved a later version, or it was discarded")
    Version revise(@PathVariable int fiscalYear, @PathVariable UUID scenarioId, @RequestBody ReviseBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Name the version you revise");
        }
        int version = commands.sendAndWait(new ReviseScenario(
                fiscalYear,
                scenarioId,
                body.version(),
                body.name(),
                ScenarioJson.projects(body.projects()),
                SignedIn.actor()));
        return new Version(scenarioId, version);
    }

    @DeleteMapping("/{scenarioId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "discardScenario", summary = "Discard a scenario; its history stays")
    @ApiResponse(responseCode = "204", description = "Discarded")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT discard scenarios")
    @ApiResponse(responseCode = "404", description = "No such scenario in the year")
    @ApiResponse(responseCode = "409", description = "Someone saved a later version, or it was discarded")
    void discard(
            @PathVariable int fiscalYear,
            @PathVariable UUID scenarioId,
            @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Name the version you discard");
        }
        commands.sendAndWait(new DiscardScenario(fiscalYear, scenarioId, version, SignedIn.actor()));
    }

    @PostMapping("/evaluation")
    @Operation(
            operationId = "evaluateScenario",
            summary = "Evaluate a set of the year's projects without saving it",
            description = "Checked as saving it would be; the answer is that of a saved scenario's evaluation.")
    Evaluation evaluate(@PathVariable int fiscalYear, @RequestBody EvaluateBody body) {
        return ScenarioJson.of(
                ScenarioEvaluator.evaluateUnsaved(basis(fiscalYear), ScenarioJson.projects(body.projects())));
    }

    @GetMapping("/comparison")
    @Operation(
            operationId = "compareScenarios",
            summary = "Two saved scenarios side by side",
            description = "Each evaluated, and per project what the second does differently from the first.")
    @ApiResponse(responseCode = "200", description = "Both evaluated, and their differences")
    @ApiResponse(responseCode = "404", description = "No such scenario in the year")
    Comparison compare(
            @PathVariable int fiscalYear,
            @RequestParam(required = false) UUID first,
            @RequestParam(required = false) UUID second) {
        if (first == null) {
            throw new InvalidInputException("first", "Name the first scenario");
        }
        if (second == null) {
            throw new InvalidInputException("second", "Name the second scenario");
        }
        SavedScenario one = scenario(fiscalYear, first);
        SavedScenario other = scenario(fiscalYear, second);
        ScenarioBasis basis = basis(fiscalYear);
        return ScenarioJson.of(
                one,
                other,
                ScenarioComparer.compare(
                        ScenarioEvaluator.evaluate(basis, one.projects()),
                        ScenarioEvaluator.evaluate(basis, other.projects())));
    }

    @PostMapping("/{scenarioId}/change-requests")
    @Operation(
            operationId = "requestScenarioChanges",
            summary = "Open the change requests a scenario implies",
            description = "For each project whose amount differs from its budget now: a BUDGET change of a project "
                    + "under way, or a revision of a proposal's INITIAL_BUDGET change (its requester's to make), "
                    + "requested as you. Each is decided by both sides as any other; nothing is approved. A change "
                    + "the ledger refuses is answered with its reason, and the others are still opened.")
    @ApiResponse(responseCode = "403", description = "Only members of Finance or IT request changes")
    @ApiResponse(responseCode = "200", description = "Each implied change: opened, or refused and why")
    @ApiResponse(responseCode = "404", description = "No such scenario in the year")
    List<Outcome> requestChanges(@PathVariable int fiscalYear, @PathVariable UUID scenarioId) {
        SavedScenario scenario = scenario(fiscalYear, scenarioId);
        ScenarioBasis basis = basis(fiscalYear);
        ScenarioEvaluation evaluation = ScenarioEvaluator.evaluate(basis, scenario.projects());
        return ScenarioChangeRequests.open(
                        commands,
                        fiscalYear,
                        scenario.name(),
                        ScenarioChangeRequests.implied(basis, evaluation),
                        SignedIn.actor())
                .stream()
                .map(ScenarioJson::of)
                .toList();
    }

    private SavedScenario scenario(int fiscalYear, UUID scenarioId) {
        return queries.query(
                        new FindScenario(fiscalYear, scenarioId), ResponseTypes.optionalInstanceOf(SavedScenario.class))
                .join()
                .orElseThrow(() -> new NotFoundException("No scenario " + scenarioId + " in " + fiscalYear));
    }

    private ScenarioBasis basis(int fiscalYear) {
        return queries.query(new FindScenarioBasis(fiscalYear), ResponseTypes.instanceOf(ScenarioBasis.class))
                .join();
    }
}
