package dev.accord.app.notifications;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes notification_change: who requested each change. Approvals, comments and reminders do not say, and they
 * concern the requester (or, for a reminder, leave them out).
 */
@Component
class NotificationChanges implements TableWriter {

    static final RowStatement ADD = RowStatement.batched("""
            INSERT INTO notification_change (change_id, project_id, requested_by_id)
            VALUES (:changeId, :projectId, :requestedBy)
            ON CONFLICT (change_id) DO NOTHING""");

    static final String REQUESTER = "SELECT requested_by_id FROM notification_change WHERE change_id = :changeId";

    private final ReadModelWrites writes;

    NotificationChanges(ReadModelWrites writes) {
        this.writes = writes;
    }

    void add(UUID changeId, UUID projectId, String requestedBy) {
        writes.write(
                ADD,
                new MapSqlParameterSource()
                        .addValue("changeId", changeId)
                        .addValue("projectId", projectId)
                        .addValue("requestedBy", requestedBy));
    }

    Optional<String> requester(UUID changeId) {
        return writes
                .read(
                        REQUESTER,
                        new MapSqlParameterSource("changeId", changeId),
                        (rs, n) -> rs.getString("requested_by_id"))
                .stream()
                .findFirst();
    }

    @Override
    public String table() {
        return "notification_change";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ADD);
    }

    @Override
    public List<String> reads() {
        return List.of(REQUESTER);
    }
}
