package dev.accord.domain.scenario;

import dev.accord.domain.project.api.ProjectStanding;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Texts;
import dev.accord.domain.shared.Words;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a scenario must hold, one definition for the aggregate that saves it and the evaluation of a set not saved:
 * a name, and at least one of the year's projects whose budget can still move (proposed, active or paused), each once,
 * with a positive amount in the currency the project's figures are kept in.
 */
public final class ScenarioRules {

    /** More than a year's portfolio holds; a scenario is a choice among them. */
    public static final int MAX_PROJECTS = 200;

    private ScenarioRules() {}

    /** The name, stripped; a line of text, required. */
    public static String name(String given) {
        if (given == null || given.isBlank()) {
            throw new InvalidInputException("name", "Give the scenario a name");
        }
        return Texts.line("name", given);
    }

    /** Names compare without regard to case or surrounding blanks: "Lean" and "lean " are one name to a reader. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The chosen projects as they are recorded: amounts to the cent, in the order given.
     *
     * @param standings where each project stands now, by its id; empty for an unknown project
     */
    public static List<ScenarioProject> projects(
            int fiscalYear, List<ScenarioProject> given, Function<UUID, Optional<ProjectStanding>> standings) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("projects", "Choose at least one project of " + fiscalYear);
        }
        if (given.size() > MAX_PROJECTS) {
            throw new InvalidInputException("projects", "At most " + MAX_PROJECTS + " projects");
        }
        Set<UUID> seen = new HashSet<>();
        List<ScenarioProject> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "projects[" + i + "]";
            ScenarioProject project = given.get(i);
            if (project == null || project.projectId() == null) {
                throw new InvalidInputException(field + ".projectId", "Choose a project");
            }
            if (!seen.add(project.projectId())) {
                throw new InvalidInputException(field + ".projectId", "This project is already in the scenario");
            }
            ProjectStanding standing = standings
                    .apply(project.projectId())
                    .orElseThrow(() -> new InvalidInputException(
                            field + ".projectId", "There is no project " + project.projectId()));
            checkCompetes(field, fiscalYear, standing);
            checked.add(new ScenarioProject(project.projectId(), amount(field, project.amount(), standing)));
        }
        return List.copyOf(checked);
    }

    private static void checkCompetes(String field, int fiscalYear, ProjectStanding standing) {
        if (standing.fiscalYear() != fiscalYear) {
            throw new InvalidInputException(
                    field + ".projectId",
                    "This project belongs to " + standing.fiscalYear() + ", not to " + fiscalYear);
        }
        if (standing.status().isClosed()) {
            throw new InvalidInputException(
                    field + ".projectId",
                    "This project is " + Words.of(standing.status()).toLowerCase(Locale.ROOT)
                            + "; its budget no longer moves");
        }
    }

    private static Money amount(String field, Money given, ProjectStanding standing) {
        String amountField = field + ".amount";
        Money money = given == null
                ? Money.checked(amountField, null, standing.currency())
                : Money.checked(amountField, given.amount(), given.currency());
        if (!money.currency().equals(standing.currency())) {
            throw new InvalidInputException(
                    amountField + ".currency", "This project's figures are kept in " + standing.currency());
        }
        // At most two decimals were checked: to the cent is exact, and "400000" and "400000.00" are one amount.
        return new Money(money.amount().setScale(2, RoundingMode.UNNECESSARY), money.currency());
    }
}
