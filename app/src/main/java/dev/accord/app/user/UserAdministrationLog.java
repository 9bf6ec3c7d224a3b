package dev.accord.app.user;

import dev.accord.domain.people.api.FindUserAdministrationLog;
import dev.accord.domain.people.api.UserAdministered;
import dev.accord.domain.people.api.UserAdministrationEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did what to whose account, read straight from the recorded events rather than kept in a projection: the
 * events are few, an administrator reads them now and then, and V19's partial index holds just them, so the newest
 * are one short index scan away. The people events have no upcasters; one added later must be applied here too.
 */
@Component
class UserAdministrationLog {

    /** As many as anyone reads on one page; the API asks for fewer if it likes. */
    static final int MAX_ENTRIES = 500;

    private final JdbcClient jdbc;
    private final Serializer events;

    UserAdministrationLog(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @QueryHandler
    List<UserAdministrationEntry> handle(FindUserAdministrationLog query) {
        int limit = Math.max(1, Math.min(MAX_ENTRIES, query.limit()));
        return jdbc
                .sql("""
                        SELECT time_stamp, payload_type, payload_revision, payload FROM domain_event_entry
                        WHERE payload_type LIKE 'dev.accord.domain.people.api.%'
                        ORDER BY global_index DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> entry(
                        Instant.parse(rs.getString("time_stamp")),
                        events.deserialize(new SimpleSerializedObject<>(
                                rs.getBytes("payload"),
                                byte[].class,
                                rs.getString("payload_type"),
                                rs.getString("payload_revision")))))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    private static UserAdministrationEntry entry(Instant at, Object payload) {
        if (!(payload instanceof UserAdministered done)) {
            return null;
        }
        return new UserAdministrationEntry(
                at, done.by().userId(), done.by().displayName(), done.username(), done.what());
    }
}
