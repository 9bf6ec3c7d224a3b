package dev.accord.app.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the history is out of reach of the role Accord runs as: that role is no superuser and does not belong to
 * the role that owns the event table. Then it may read and append events, but not rewrite, delete, truncate or
 * drop them, nor switch their triggers off. Not so when an external database is used without an owner role
 * (ACCORD_DB_OWNER_USER), or as a superuser.
 */
@Component
public class HistoryProtection {

    private final JdbcClient jdbc;

    HistoryProtection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean fromApplicationsOwnRole() {
        return jdbc.sql("""
                        SELECT NOT r.rolsuper AND NOT pg_has_role(current_user, c.relowner, 'MEMBER')
                        FROM pg_class c, pg_roles r
                        WHERE c.oid = to_regclass('domain_event_entry') AND r.rolname = current_user""")
                .query(Boolean.class).optional().orElse(false);
    }
}
