package dev.accord.app.scenario;

import dev.accord.app.live.LiveQuery;
import dev.accord.app.live.LiveUpdates;
import dev.accord.app.readmodel.ProcessingGroups;
import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ChangeRequested;
import dev.accord.domain.project.api.ChangeRevised;
import dev.accord.domain.project.api.ChangeTookEffect;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.RoiCaseRecorded;
import dev.accord.domain.scenario.api.ScenarioDiscarded;
import dev.accord.domain.scenario.api.ScenarioRevised;
import dev.accord.domain.scenario.api.ScenarioSaved;
import dev.accord.domain.shared.ActivityNote;
import dev.accord.domain.shared.Actor;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps each fiscal year's saved scenarios, and what they are weighed by besides the portfolio's ranking: each
 * project's budget now, its initial budget change and its latest ROI case. Open scenario pages of the year are told.
 */
@Component
@ProcessingGroup(ProcessingGroups.SCENARIOS)
public class ScenarioProjection {

    private final ScenarioWriter scenarios;
    private final ScenarioProjectWriter projects;
    private final ScenarioCandidateWriter candidates;
    private final ReadModelWrites writes;
    private final LiveUpdates live;

    ScenarioProjection(
            ScenarioWriter scenarios,
            ScenarioProjectWriter projects,
            ScenarioCandidateWriter candidates,
            ReadModelWrites writes,
            LiveUpdates live) {
        this.scenarios = scenarios;
        this.projects = projects;
        this.candidates = candidates;
        this.writes = writes;
        this.live = live;
    }

    @EventHandler
    void on(ScenarioSaved event, @Timestamp Instant at) {
        scenarios.saved(event.fiscalYear(), event.scenarioId(), event.name(), event.savedBy(), at);
        projects.chosen(event.scenarioId(), event.projects());
        changed(event.fiscalYear(), event.savedBy(), "saved the scenario \u201c" + event.name() + "\u201d");
    }

    @EventHandler
    void on(ScenarioRevised event, @Timestamp Instant at) {
        scenarios.revised(event.scenarioId(), event.version(), event.name(), event.revisedBy(), at);
        projects.chosen(event.scenarioId(), event.projects());
        changed(event.fiscalYear(), event.revisedBy(), "revised the scenario \u201c" + event.name() + "\u201d");
    }

    @EventHandler
    void on(ScenarioDiscarded event) {
        projects.forgotten(event.scenarioId());
        scenarios.discarded(event.scenarioId());
        changed(event.fiscalYear(), event.discardedBy(), "discarded the scenario \u201c" + event.name() + "\u201d");
    }

    @EventHandler
    void on(ProjectProposed event) {
        candidates.proposed(
                event.projectId(),
                event.fiscalYear(),
                event.requestedBudget().currency(),
                event.requestedBudget().amount());
        live.changed(LiveQuery.SCENARIOS, event.fiscalYear(), null);
    }

    @EventHandler
    void on(ChangeRequested event) {
        if (event.kind() == ChangeKind.INITIAL_BUDGET) {
            candidates.initialChange(event.projectId(), event.changeId());
        }
    }

    /** A proposal's requested budget as revised; a revision of any other change leaves the budget as it is. */
    @EventHandler
    void on(ChangeRevised event) {
        if (event.kind() == ChangeKind.INITIAL_BUDGET && event.terms().budget() != null) {
            candidates.budget(event.projectId(), event.terms().budget().amount());
            changedFor(event.projectId());
        }
    }

    @EventHandler
    void on(ChangeTookEffect event) {
        if (event.applied().budget() != null) {
            candidates.budget(event.projectId(), event.applied().budget().amount());
            changedFor(event.projectId());
        }
    }

    @EventHandler
    void on(RoiCaseRecorded event) {
        candidates.roiCase(event);
        changedFor(event.projectId());
    }

    @ResetHandler
    void forgetEverything() {
        writes.forget(ProcessingGroups.SCENARIOS);
    }

    /** The project's year is looked up only when the change is sent, so that a replay does not read per event. */
    private void changedFor(UUID projectId) {
        live.changedByLookup(LiveQuery.SCENARIOS, () -> candidates.yearOf(projectId), null);
    }

    private void changed(int fiscalYear, Actor actor, String what) {
        live.changed(LiveQuery.SCENARIOS, fiscalYear, new ActivityNote(actor.userId(), actor + " " + what));
    }
}
