package dev.accord.app.notifications;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes notification_project: each project's title, which every notification about it names. */
@Component
class NotificationProjects implements TableWriter {

    static final RowStatement ADD = RowStatement.batched("""
            INSERT INTO notification_project (project_id, title) VALUES (:projectId, :title)
            ON CONFLICT (project_id) DO NOTHING""");

    static final String TITLE = "SELECT title FROM notification_project WHERE project_id = :projectId";

    private final ReadModelWrites writes;

    NotificationProjects(ReadModelWrites writes) {
        this.writes = writes;
    }

    void add(UUID projectId, String title) {
        writes.write(
                ADD,
                new MapSqlParameterSource().addValue("projectId", projectId).addValue("title", title));
    }

    /** The project's title; a project proposed before any of its events reached here reads as "a project". */
    String title(UUID projectId) {
        return writes
                .read(TITLE, new MapSqlParameterSource("projectId", projectId), (rs, n) -> rs.getString("title"))
                .stream()
                .findFirst()
                .orElse("a project");
    }

    @Override
    public String table() {
        return "notification_project";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ADD);
    }

    @Override
    public List<String> reads() {
        return List.of(TITLE);
    }
}
