package dev.accord.app.timeline;

import dev.accord.domain.project.api.FindTimeline;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

@Component
class TimelineQueries {

    private final JdbcClient jdbc;

    TimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<TimelineEntry> handle(FindTimeline query) {
        return jdbc.sql("SELECT * FROM timeline_entry WHERE project_id = ? ORDER BY sequence")
                .param(query.projectId())
                .query((rs, n) -> new TimelineEntry(rs.getLong("sequence"), rs.getString("type"),
                        rs.getTimestamp("at").toInstant(),
                        new Actor(rs.getString("actor_id"), rs.getString("actor_name"),
                                rs.getString("side") == null ? null : Side.valueOf(rs.getString("side"))),
                        rs.getString("summary"), rs.getObject("change_id", UUID.class)))
                .list();
    }
}
