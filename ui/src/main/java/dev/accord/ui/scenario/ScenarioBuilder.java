package dev.accord.ui.scenario;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.domain.scenario.ScenarioEvaluator;
import dev.accord.domain.scenario.api.ReviseScenario;
import dev.accord.domain.scenario.api.SaveScenario;
import dev.accord.domain.scenario.api.SavedScenario;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioEvaluation;
import dev.accord.domain.scenario.api.ScenarioLine;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotFoundException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Builds a scenario: the year's projects in rank order, each taken in or left out at an amount, and the figures of the
 * set as it is typed, weighed by the domain's own evaluation. Saved by name as a new scenario, or as the next version
 * of the one opened.
 */
class ScenarioBuilder extends VerticalLayout {

    private static final Pattern PROJECT_FIELD = Pattern.compile("projects\\[(\\d+)]\\..*");

    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final Locale locale;
    private final Consumer<UUID> saved;
    private final Div rows = new Div();
    private final Map<UUID, CandidateRow> byProject = new LinkedHashMap<>();
    private final ScenarioFigures figures = new ScenarioFigures("scenario-");
    private final Span editing = new Span();
    private final TextField name = new TextField("Scenario name");
    private final Button save = new Button("Save scenario", click -> save(false));
    private final Button saveAsNew = new Button("Save as a new scenario", click -> save(true));
    private ScenarioBasis basis;
    private SavedScenario opened;
    private boolean choosing;

    /** @param saved told the id of each scenario saved here */
    ScenarioBuilder(CommandGateway commands, CurrentUser currentUser, Locale locale, Consumer<UUID> saved) {
        this.commands = commands;
        this.currentUser = currentUser;
        this.locale = locale;
        this.saved = saved;
        setPadding(false);
        rows.setId("scenario-builder");
        rows.setWidthFull();
        rows.getStyle().set("overflow-x", "auto");
        editing.setId("scenario-editing");
        name.setId("scenario-name");
        name.setWidth("24rem");
        save.setId("save-scenario");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAsNew.setId("save-scenario-as-new");
        Button clear = new Button("New scenario", click -> open(null));
        clear.setId("new-scenario");
        HorizontalLayout saving = new HorizontalLayout(name, save, saveAsNew, clear);
        saving.setAlignItems(Alignment.BASELINE);
        saving.setVisible(currentUser.actsForASide());
        Span assumption = new Span("An amount other than a project's budget now takes its ROI case pro rata: three "
                + "quarters of the money buys three quarters of its costs and benefits. Fit is checked in rank order "
                + "against what the year's budget leaves once approved projects outside the set keep theirs.");
        assumption
                .getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        add(figures, assumption, rows, editing, saving);
        open(null);
    }

    /** The year as it now stands; what the person has chosen stays chosen. */
    void show(ScenarioBasis now) {
        // The same projects in the same order keep their rows, so a field being typed in keeps its focus.
        boolean sameProjects = basis != null
                && new ArrayList<>(byProject.keySet())
                        .equals(now.candidates().stream()
                                .map(ScenarioCandidate::projectId)
                                .toList());
        basis = now;
        if (sameProjects) {
            now.candidates()
                    .forEach(candidate -> byProject.get(candidate.projectId()).update(candidate));
        } else {
            Map<UUID, BigDecimal> chosen = chosenAmounts();
            rows.removeAll();
            byProject.clear();
            rows.add(
                    now.candidates().isEmpty()
                            ? new Span("No projects compete for " + now.fiscalYear() + "'s money yet.")
                            : CandidateRow.header());
            for (ScenarioCandidate candidate : now.candidates()) {
                CandidateRow row = new CandidateRow(candidate, locale, this::evaluate);
                byProject.put(candidate.projectId(), row);
                rows.add(row);
            }
            choose(chosen);
        }
        evaluate();
    }

    /** Opens a saved scenario to change it, or (null) starts a new one. */
    void open(SavedScenario scenario) {
        opened = scenario;
        Map<UUID, BigDecimal> chosen = new HashMap<>();
        if (scenario != null) {
            scenario.projects()
                    .forEach(project ->
                            chosen.put(project.projectId(), project.amount().amount()));
        }
        choose(chosen);
        name.setValue(scenario == null ? "" : scenario.name());
        name.setInvalid(false);
        long gone = chosen.keySet().stream()
                .filter(id -> !byProject.containsKey(id))
                .count();
        editing.setText(
                scenario == null
                        ? "A new scenario."
                        : "Editing \u201c" + scenario.name() + "\u201d, version " + scenario.version()
                                + ": saving makes version " + (scenario.version() + 1) + "."
                                + (gone == 0
                                        ? ""
                                        : " " + gone
                                                + " of its projects no longer compete; a new version leaves them out."));
        save.setText(scenario == null ? "Save scenario" : "Save version " + (scenario.version() + 1));
        saveAsNew.setVisible(scenario != null);
        evaluate();
    }

    private void choose(Map<UUID, BigDecimal> chosen) {
        choosing = true;
        try {
            byProject.forEach((id, row) -> row.choose(chosen.get(id)));
        } finally {
            choosing = false;
        }
    }

    private Map<UUID, BigDecimal> chosenAmounts() {
        Map<UUID, BigDecimal> chosen = new HashMap<>();
        byProject.forEach((id, row) -> {
            if (row.included()) {
                chosen.put(id, row.amount() == null ? null : row.amount().amount());
            }
        });
        return chosen;
    }

    /** The set as chosen now, in rank order; an amount not typed yet is missing, and the rules say so. */
    private List<ScenarioProject> chosen() {
        List<ScenarioProject> chosen = new ArrayList<>();
        byProject.values().stream()
                .filter(CandidateRow::included)
                .forEach(row -> chosen.add(new ScenarioProject(row.projectId(), row.amount())));
        return chosen;
    }

    private void evaluate() {
        if (choosing || basis == null) {
            return;
        }
        List<ScenarioProject> chosen = chosen();
        if (chosen.isEmpty()) {
            byProject.values().forEach(row -> row.show(null));
            figures.removeAll();
            figures.add(new Span("Choose projects of " + basis.fiscalYear() + " to see what they come to."));
            return;
        }
        try {
            ScenarioEvaluation evaluation = ScenarioEvaluator.evaluateUnsaved(basis, chosen);
            Map<UUID, ScenarioLine> lines = new HashMap<>();
            evaluation.lines().forEach(line -> lines.put(line.projectId(), line));
            byProject.forEach((id, row) -> row.show(lines.get(id)));
            figures.show(evaluation, locale);
        } catch (InvalidInputException refused) {
            figures.removeAll();
            figures.add(new Span("Correct the amounts to see the figures."));
            rowOf(chosen, refused).ifPresentOrElse(row -> row.showProblem(refused.getMessage()), () -> {
                figures.removeAll();
                figures.add(new Span(refused.getMessage()));
            });
        }
    }

    private Optional<CandidateRow> rowOf(List<ScenarioProject> chosen, InvalidInputException refused) {
        Matcher field = PROJECT_FIELD.matcher(refused.field() == null ? "" : refused.field());
        if (!field.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(field.group(1));
        return index < chosen.size()
                ? Optional.ofNullable(byProject.get(chosen.get(index).projectId()))
                : Optional.empty();
    }

    private void save(boolean asNew) {
        name.setInvalid(false);
        List<ScenarioProject> chosen = chosen();
        try {
            UUID scenarioId;
            if (opened == null || asNew) {
                scenarioId = UUID.randomUUID();
                commands.sendAndWait(
                        new SaveScenario(basis.fiscalYear(), scenarioId, name.getValue(), chosen, currentUser.actor()));
            } else {
                scenarioId = opened.scenarioId();
                commands.sendAndWait(new ReviseScenario(
                        basis.fiscalYear(),
                        scenarioId,
                        opened.version(),
                        name.getValue(),
                        chosen,
                        currentUser.actor()));
            }
            Refusals.done("Saved \u201c" + name.getValue().strip() + "\u201d for both sides to see");
            saved.accept(scenarioId);
        } catch (InvalidInputException refused) {
            if ("name".equals(refused.field())) {
                name.setErrorMessage(refused.getMessage());
                name.setInvalid(true);
            } else {
                rowOf(chosen, refused)
                        .ifPresentOrElse(
                                row -> row.showProblem(refused.getMessage()),
                                () -> Refusals.show(refused.getMessage()));
            }
        } catch (NotPermittedException | ConflictException | NotFoundException refused) {
            Refusals.show(refused.getMessage());
        }
    }
}
