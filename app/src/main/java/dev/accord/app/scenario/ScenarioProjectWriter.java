package dev.accord.app.scenario;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.scenario.api.ScenarioProject;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code scenario_project}: the projects of a scenario's latest version. Every version is whole, so a revision
 * replaces them all: the earlier rows go first, then each project of the new version. An insert may be batched: a
 * version names each project once, and the rows of an earlier version are gone before those of the next come.
 */
@Component
class ScenarioProjectWriter implements TableWriter {

    private static final RowStatement CHOSEN = RowStatement.batched("""
            INSERT INTO scenario_project (scenario_id, project_id, position, amount, currency)
            VALUES (:scenarioId, :projectId, :position, :amount, :currency)
            ON CONFLICT (scenario_id, project_id) DO NOTHING""");
    private static final RowStatement FORGOTTEN =
            RowStatement.batched("DELETE FROM scenario_project WHERE scenario_id = :scenarioId");

    private final ReadModelWrites writes;

    ScenarioProjectWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    /** The projects of a scenario's version, in place of any before. */
    void chosen(UUID scenarioId, List<ScenarioProject> projects) {
        forgotten(scenarioId);
        for (int position = 0; position < projects.size(); position++) {
            ScenarioProject project = projects.get(position);
            writes.write(
                    CHOSEN,
                    scenario(scenarioId)
                            .addValue("projectId", project.projectId())
                            .addValue("position", position)
                            .addValue("amount", project.amount().amount())
                            .addValue("currency", project.amount().currency()));
        }
    }

    void forgotten(UUID scenarioId) {
        writes.write(FORGOTTEN, scenario(scenarioId));
    }

    private static MapSqlParameterSource scenario(UUID scenarioId) {
        return new MapSqlParameterSource("scenarioId", scenarioId);
    }

    @Override
    public String table() {
        return "scenario_project";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(CHOSEN, FORGOTTEN);
    }
}
