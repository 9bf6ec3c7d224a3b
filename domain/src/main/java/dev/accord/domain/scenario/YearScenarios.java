package dev.accord.domain.scenario;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.scenario.api.DiscardScenario;
import dev.accord.domain.scenario.api.ReviseScenario;
import dev.accord.domain.scenario.api.SaveScenario;
import dev.accord.domain.scenario.api.ScenarioCommand;
import dev.accord.domain.scenario.api.ScenarioDiscarded;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.scenario.api.ScenarioRevised;
import dev.accord.domain.scenario.api.ScenarioSaved;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.NotFoundException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * A fiscal year's what-if scenarios: sets of the year's projects with the amounts each would get, saved by name for
 * both sides to see and compare. Part of the shared record, never a decision: nothing here moves money; a scenario
 * is turned into change requests, which both sides decide as any other. One aggregate per year, because a name is
 * unique within its year. Any member of Finance or IT saves, revises and discards; everyone reads.
 * The revision is that of its snapshots' state (its fields): raise it when that state changes shape.
 */
@Revision("1")
public class YearScenarios {

    @AggregateIdentifier
    private String scenariosId;

    private int fiscalYear;
    private final Map<UUID, Saved> saved = new HashMap<>();
    private final Set<UUID> discarded = new HashSet<>();

    /** A scenario kept now: its name and its latest version. */
    private record Saved(String name, int version) {}

    /** For Axon: the year's first scenario creates its aggregate. */
    public YearScenarios() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SaveScenario command, ProjectLookup projects) {
        JointApproval.checkActsForASide(command.actor(), "save a scenario");
        LedgerCalendar.checkFiscalYear(command.fiscalYear());
        if (command.scenarioId() == null) {
            throw new InvalidInputException("scenarioId", "A scenario needs an id");
        }
        if (saved.containsKey(command.scenarioId()) || discarded.contains(command.scenarioId())) {
            throw new ConflictException("Scenario " + command.scenarioId() + " already exists");
        }
        String name = freeName(command.name(), null, command.fiscalYear());
        List<ScenarioProject> chosen =
                ScenarioRules.projects(command.fiscalYear(), command.projects(), projects::standing);
        apply(new ScenarioSaved(command.fiscalYear(), command.scenarioId(), name, chosen, command.actor()));
    }

    /** Returns the new version. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(ReviseScenario command, ProjectLookup projects) {
        JointApproval.checkActsForASide(command.actor(), "revise a scenario");
        Saved current = current(command, command.scenarioId(), command.version());
        String name = freeName(command.name(), command.scenarioId(), command.fiscalYear());
        List<ScenarioProject> chosen =
                ScenarioRules.projects(command.fiscalYear(), command.projects(), projects::standing);
        int version = current.version() + 1;
        apply(new ScenarioRevised(command.fiscalYear(), command.scenarioId(), version, name, chosen, command.actor()));
        return version;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DiscardScenario command) {
        JointApproval.checkActsForASide(command.actor(), "discard a scenario");
        Saved current = current(command, command.scenarioId(), command.version());
        apply(new ScenarioDiscarded(
                command.fiscalYear(), command.scenarioId(), current.version(), current.name(), command.actor()));
    }

    /** The scenario as it stands, refusing a revision of a version someone has revised since. */
    private Saved current(ScenarioCommand command, UUID scenarioId, int version) {
        if (discarded.contains(scenarioId)) {
            throw new ConflictException("This scenario was discarded");
        }
        Saved current = saved.get(scenarioId);
        if (current == null || scenarioId == null) {
            throw new NotFoundException("No scenario " + scenarioId + " in " + command.fiscalYear());
        }
        if (version != current.version()) {
            throw new ConflictException("\u201c" + current.name() + "\u201d is at version " + current.version()
                    + " now, not " + version + ": someone saved it since; open it again to see their changes");
        }
        return current;
    }

    /** The name, refused when another scenario of the year goes by it. */
    private String freeName(String given, UUID scenarioId, int year) {
        String name = ScenarioRules.name(given);
        String key = ScenarioRules.nameKey(name);
        saved.forEach((id, other) -> {
            if (!id.equals(scenarioId) && ScenarioRules.nameKey(other.name()).equals(key)) {
                throw new InvalidInputException(
                        "name", "The " + year + " scenarios already have one named \u201c" + other.name() + "\u201d");
            }
        });
        return name;
    }

    @EventSourcingHandler
    void on(ScenarioSaved event) {
        identify(event.fiscalYear());
        saved.put(event.scenarioId(), new Saved(event.name(), 1));
    }

    @EventSourcingHandler
    void on(ScenarioRevised event) {
        saved.put(event.scenarioId(), new Saved(event.name(), event.version()));
    }

    @EventSourcingHandler
    void on(ScenarioDiscarded event) {
        saved.remove(event.scenarioId());
        discarded.add(event.scenarioId());
    }

    private void identify(int year) {
        fiscalYear = year;
        scenariosId = ScenarioCommand.scenariosOf(year);
    }
}
