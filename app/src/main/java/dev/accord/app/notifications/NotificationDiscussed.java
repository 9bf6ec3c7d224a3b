package dev.accord.app.notifications;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.CommentSubject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes notification_discussed: who wrote each step a reply may answer, by the subject a reply names it with
 * (ESTIMATE:2, ROI_CASE:1, REASSESSMENT:&lt;id&gt;, COMMENT:&lt;id&gt;). A reply concerns that author; the ledger records
 * subjects by their canonical id, so the name a step is written under is the one its replies carry.
 */
@Component
class NotificationDiscussed implements TableWriter {

    static final RowStatement ADD = RowStatement.batched("""
            INSERT INTO notification_discussed (project_id, subject, author_id)
            VALUES (:projectId, :subject, :authorId)
            ON CONFLICT (project_id, subject) DO NOTHING""");

    static final String AUTHOR =
            "SELECT author_id FROM notification_discussed WHERE project_id = :projectId AND subject = :subject";

    private final ReadModelWrites writes;

    NotificationDiscussed(ReadModelWrites writes) {
        this.writes = writes;
    }

    void add(UUID projectId, CommentSubject subject, String authorId) {
        writes.write(
                ADD,
                new MapSqlParameterSource()
                        .addValue("projectId", projectId)
                        .addValue("subject", name(subject))
                        .addValue("authorId", authorId));
    }

    Optional<String> author(UUID projectId, CommentSubject subject) {
        return writes
                .read(
                        AUTHOR,
                        new MapSqlParameterSource()
                                .addValue("projectId", projectId)
                                .addValue("subject", name(subject)),
                        (rs, n) -> rs.getString("author_id"))
                .stream()
                .findFirst();
    }

    private static String name(CommentSubject subject) {
        return subject.kind().name() + ":" + subject.id();
    }

    @Override
    public String table() {
        return "notification_discussed";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ADD);
    }

    @Override
    public List<String> reads() {
        return List.of(AUTHOR);
    }
}
