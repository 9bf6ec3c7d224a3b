package dev.accord.app.timeline;

import dev.accord.app.readmodel.ReadModelWrites;
import dev.accord.app.readmodel.RowStatement;
import dev.accord.app.readmodel.TableWriter;
import dev.accord.domain.project.api.TimelineEntry;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes timeline_entry: a project's steps, each once, keyed by its sequence in the project. */
@Component
class TimelineEntries implements TableWriter {

    /** A step written again by a replay is already there; every step of a chunk goes in one batch. */
    static final RowStatement ADD = RowStatement.batched("""
            INSERT INTO timeline_entry (project_id, sequence, type, at, actor_id, actor_name, side, summary, change_id,
                subject, reply_subject, thread_sequence)
            VALUES (:projectId, :sequence, :type, :at, :actorId, :actorName, :side, :summary, :changeId, :subject,
                :replySubject, :threadSequence)
            ON CONFLICT (project_id, sequence) DO NOTHING""");

    /** The thread of a step is its own sequence, that of a comment the step it discusses. */
    static final String LATEST_STEP = """
            SELECT thread_sequence, actor_name FROM timeline_entry
            WHERE project_id = :projectId AND subject = :subject AND sequence < :before
            ORDER BY sequence DESC LIMIT 1""";

    private final ReadModelWrites writes;

    TimelineEntries(ReadModelWrites writes) {
        this.writes = writes;
    }

    /** A step comments discuss: the thread a comment on it joins, and who wrote the step (for a reply's sentence). */
    record DiscussedStep(long thread, String author) {}

    /**
     * @param subject the name comments use for this step when they discuss it, if they can
     * @param replySubject the name of what a reply to this step discusses, if it can be replied to
     */
    void add(UUID projectId, TimelineEntry entry, String subject, String replySubject) {
        writes.write(
                ADD,
                new MapSqlParameterSource()
                        .addValue("projectId", projectId)
                        .addValue("sequence", entry.sequence())
                        .addValue("type", entry.type())
                        .addValue("at", Timestamp.from(entry.at()))
                        .addValue("actorId", entry.actor().userId())
                        .addValue("actorName", entry.actor().displayName())
                        .addValue(
                                "side",
                                entry.actor().side() == null
                                        ? null
                                        : entry.actor().side().name())
                        .addValue("summary", entry.summary())
                        .addValue("changeId", entry.changeId())
                        .addValue("subject", subject)
                        .addValue("replySubject", replySubject)
                        .addValue("threadSequence", entry.repliesTo() == null ? entry.sequence() : entry.repliesTo()));
    }

    /** The project's latest step of this name before the given one, if there is one. */
    Optional<DiscussedStep> latestStep(UUID projectId, String subject, long before) {
        return writes
                .read(
                        LATEST_STEP,
                        new MapSqlParameterSource()
                                .addValue("projectId", projectId)
                                .addValue("subject", subject)
                                .addValue("before", before),
                        (rs, n) -> new DiscussedStep(rs.getLong("thread_sequence"), rs.getString("actor_name")))
                .stream()
                .findFirst();
    }

    @Override
    public String table() {
        return "timeline_entry";
    }

    @Override
    public List<RowStatement> writes() {
        return List.of(ADD);
    }

    @Override
    public List<String> reads() {
        return List.of(LATEST_STEP);
    }
}
