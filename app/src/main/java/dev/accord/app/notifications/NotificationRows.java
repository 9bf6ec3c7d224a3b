package dev.accord.app.notifications;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes notification: one row per event and audience, never changed afterwards (who read it is kept apart). */
@Component
class NotificationRows implements TableWriter {

    /** Its id follows from the event's, so a second handling of the event finds the row there. */
    static final RowStatement ADD = RowStatement.batched("""
            INSERT INTO notification (id, kind, text, project_id, change_id, at, audience_user, audience_side,
                leads_only, except_user)
            VALUES (:id, :kind, :text, :projectId, :changeId, :at, :audienceUser, :audienceSide, :leadsOnly,
                :exceptUser)
            ON CONFLICT (id) DO NOTHING""");

    private final ReadModelWrites writes;

    NotificationRows(ReadModelWrites writes) {
        this.writes = writes;
    }

    void add(NewNotification notification) {
        Audience audience = notification.audience();
        writes.write(
                ADD,
                new MapSqlParameterSource()
                        .addValue("id", notification.id())
                        .addValue("kind", notification.kind().name())
                        .addValue("text", notification.text())
                        .addValue("projectId", notification.projectId())
                        .addValue("changeId", notification.changeId())
                        .addValue("at", Timestamp.from(notification.at()))
                        .addValue("audienceUser", audience.user())
                        .addValue(
                                "audienceSide",
                                audience.side() == null ? null : audience.side().name())
                        .addValue("leadsOnly", audience.leadsOnly())
                        .addValue("exceptUser", audience.except()));
    }

    @Override
    public String table() {
        return "notification";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ADD);
    }
}
