package dev.accord.app.scenario;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.shared.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@code scenario}: a row per scenario kept now, with its name, version and who saved it first and last. A
 * discarded scenario's row goes (after its projects' rows); its events stay.
 */
@Component
class ScenarioWriter implements TableWriter {

    private static final RowStatement SAVED = RowStatement.batched("""
            INSERT INTO scenario (scenario_id, fiscal_year, name, version, saved_by_id, saved_by_name, saved_at)
            VALUES (:scenarioId, :fiscalYear, :name, 1, :byId, :byName, :at)
            ON CONFLICT (scenario_id) DO NOTHING""");
    private static final RowStatement REVISED = RowStatement.batched("""
            UPDATE scenario
            SET name = :name, version = :version, revised_by_id = :byId, revised_by_name = :byName, revised_at = :at
            WHERE scenario_id = :scenarioId""");
    private static final RowStatement DISCARDED =
            RowStatement.batched("DELETE FROM scenario WHERE scenario_id = :scenarioId");

    private final ReadModelWrites writes;

    ScenarioWriter(ReadModelWrites writes) {
        this.writes = writes;
    }

    void saved(int fiscalYear, UUID scenarioId, String name, Actor by, Instant at) {
        writes.write(
                SAVED,
                scenario(scenarioId, by, at).addValue("fiscalYear", fiscalYear).addValue("name", name));
    }

    void revised(UUID scenarioId, int version, String name, Actor by, Instant at) {
        writes.write(
                REVISED,
                scenario(scenarioId, by, at).addValue("version", version).addValue("name", name));
    }

    void discarded(UUID scenarioId) {
        writes.write(DISCARDED, new MapSqlParameterSource("scenarioId", scenarioId));
    }

    private static MapSqlParameterSource scenario(UUID scenarioId, Actor by, Instant at) {
        return new MapSqlParameterSource("scenarioId", scenarioId)
                .addValue("byId", by.userId())
                .addValue("byName", by.toString())
                .addValue("at", Timestamp.from(at));
    }

    @Override
    public String table() {
        return "scenario";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(SAVED, REVISED, DISCARDED);
    }
}
