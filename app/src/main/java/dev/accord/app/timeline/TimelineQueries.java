package dev.accord.app.timeline;

import dev.accord.domain.project.api.CountTimeline;
import dev.accord.domain.project.api.FindTimeline;
import dev.accord.domain.project.api.FindTimelinePage;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class TimelineQueries {

    private final JdbcClient jdbc;

    TimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final RowMapper<TimelineEntry> ENTRY = (rs, n) -> new TimelineEntry(
            rs.getLong("sequence"),
            rs.getString("type"),
            rs.getTimestamp("at").toInstant(),
            new Actor(
                    rs.getString("actor_id"),
                    rs.getString("actor_name"),
                    rs.getString("side") == null ? null : Side.valueOf(rs.getString("side"))),
            rs.getString("summary"),
            rs.getObject("change_id", UUID.class),
            rs.getLong("thread_sequence") == rs.getLong("sequence") ? null : rs.getLong("thread_sequence"),
            Subjects.replyAs(rs.getString("reply_subject")));

    /** Matches one side (FINANCE, IT, or ACCORD for what Accord raised itself) and one event type, when given. */
    private static final String FILTER = """
            project_id = ?
            AND (CAST(? AS TEXT) IS NULL OR (CAST(? AS TEXT) = 'ACCORD' AND side IS NULL) OR side = ?)
            AND (CAST(? AS TEXT) IS NULL OR type = ?)""";

    @QueryHandler
    List<TimelineEntry> handle(FindTimeline query) {
        return jdbc.sql("SELECT * FROM timeline_entry WHERE project_id = ? ORDER BY sequence")
                .param(query.projectId())
                .query(ENTRY)
                .list();
    }

    /** Threaded: each step, then the comments that discuss it (index timeline_entry_thread serves this order). */
    @QueryHandler
    List<TimelineEntry> handle(FindTimelinePage query) {
        return jdbc.sql("SELECT * FROM timeline_entry WHERE " + FILTER
                        + " ORDER BY thread_sequence, sequence LIMIT ? OFFSET ?")
                .params(
                        query.projectId(),
                        query.side(),
                        query.side(),
                        query.side(),
                        query.type(),
                        query.type(),
                        Math.max(0, Math.min(query.limit(), 500)),
                        Math.max(0, query.offset()))
                .query(ENTRY)
                .list();
    }

    @QueryHandler
    Long handle(CountTimeline query) {
        return jdbc.sql("SELECT count(*) FROM timeline_entry WHERE " + FILTER)
                .params(query.projectId(), query.side(), query.side(), query.side(), query.type(), query.type())
                .query(Long.class)
                .single();
    }
}
