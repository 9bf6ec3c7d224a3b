package dev.accord.app.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who owns what in Accord's schema, put right by the owner role after every migration (and by the embedded
 * database's hand-over): the owner keeps the history, the runtime role gets the rest.
 * <ul>
 * <li>The history, owned by the owner role: the event table and every {@code integrity_*} table. The runtime role
 * may read them, append to the event table and to {@code integrity_checkpoint}, nothing else: it cannot update,
 * delete, truncate, alter or drop them, nor switch their triggers off. Functions and the sequences no table owns
 * (the global index) stay with the owner too, so the runtime role cannot replace a trigger's function. Flyway's
 * history stays with the owner, readable by the runtime role (a backup reads it).</li>
 * <li>Every other table the owner's migrations made passes to the runtime role: read models, aggregate snapshots
 * (derived from the events; Axon deletes the older one when it stores a new one), tokens, accounts, scheduled tasks. A rebuild makes new read-model tables in a schema of its own and swaps them in, so the runtime
 * role may create schemas in the database and tables in this one.</li>
 * </ul>
 * A table a later migration adds is therefore the runtime role's unless it is named here or {@code integrity_*}.
 */
public final class HistoryOwnership {

    private static final Logger log = LoggerFactory.getLogger(HistoryOwnership.class);

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * Tables the owner keeps with what the runtime role may do to them; any other table named
     * {@code integrity_*} is kept too, for reading only (written by the event table's trigger as the owner).
     */
    private static final String KEPT = """
            kept(name, privileges) AS (VALUES ('domain_event_entry', '{SELECT,INSERT}'::text[]),
                                              ('integrity_checkpoint', '{SELECT,INSERT}'),
                                              ('%s', '{SELECT}')),
            tables AS (
                SELECT c.oid, c.relkind, c.relowner,
                       coalesce(k.privileges, CASE WHEN c.relname LIKE 'integrity\\_%%' THEN '{SELECT}'::text[] END)
                           AS kept
                FROM pg_class c LEFT JOIN kept k ON k.name = c.relname
                WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
                  AND NOT c.relispartition
            )""".formatted(FLYWAY_HISTORY);

    /** Who owns what, first: a privilege granted on a table is the owner's to grant. ? is the runtime role. */
    private static final String OWNERS = """
            WITH runtime AS (SELECT ?::text AS role),
            %s
            -- a rebuild creates a schema of its own, then moves its tables into this one (and a table can only be
            -- given to a role that may create it where it is)
            SELECT 0 AS step, format('GRANT CREATE ON DATABASE %%I TO %%I', current_database(), r.role) AS statement
            FROM runtime r WHERE NOT has_database_privilege(r.role, current_database(), 'CREATE')
            UNION ALL
            SELECT 0, format('GRANT USAGE, CREATE ON SCHEMA %%I TO %%I', current_schema(), r.role)
            FROM runtime r WHERE NOT (has_schema_privilege(r.role, current_schema(), 'USAGE')
                                      AND has_schema_privilege(r.role, current_schema(), 'CREATE'))
            UNION ALL
            -- the history comes back to the owner (from a runtime role that used to own everything)
            SELECT 1, format('ALTER TABLE %%s OWNER TO CURRENT_USER', t.oid::regclass)
            FROM tables t, runtime r WHERE t.kept IS NOT NULL AND t.relowner = r.role::regrole
            UNION ALL
            -- functions (the triggers' above all) and sequences no table owns (the global index) stay with the owner
            SELECT 1, format('ALTER ROUTINE %%s OWNER TO CURRENT_USER', p.oid::regprocedure)
            FROM pg_proc p, runtime r
            WHERE p.pronamespace = current_schema()::regnamespace AND p.proowner = r.role::regrole
            UNION ALL
            SELECT 1, format('ALTER SEQUENCE %%s OWNER TO CURRENT_USER', s.oid::regclass)
            FROM pg_class s, runtime r
            WHERE s.relnamespace = current_schema()::regnamespace AND s.relkind = 'S' AND s.relowner = r.role::regrole
              AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = s.oid AND d.classid = 'pg_class'::regclass
                                                        AND d.deptype IN ('a', 'i'))
            UNION ALL
            -- everything else the owner's migrations made is the runtime role's
            SELECT 2, format('ALTER %%s %%s OWNER TO %%I',
                             CASE t.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                             t.oid::regclass, r.role)
            FROM tables t, runtime r WHERE t.kept IS NULL AND t.relowner = current_user::text::regrole
            ORDER BY step
            """.formatted(KEPT);

    /**
     * Then what the runtime role may do with what the owner kept: exactly what is listed, changed only when it
     * differs, so that nothing moves under the feet of other nodes at every start. ? is the runtime role.
     */
    private static final String PRIVILEGES = """
            WITH runtime AS (SELECT ?::text AS role),
            %s
            SELECT format('REVOKE ALL ON %%s FROM PUBLIC, %%I', t.oid::regclass, r.role)
                || format('; GRANT %%s ON %%s TO %%I', array_to_string(t.kept, ', '), t.oid::regclass, r.role)
                AS statement
            FROM tables t, runtime r
            WHERE t.kept IS NOT NULL
              AND EXISTS (SELECT FROM unnest('{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}'::text[]) p
                          WHERE has_table_privilege(r.role, t.oid, p) <> (p = ANY (t.kept)))
            UNION ALL
            -- serial columns of tables the runtime role appends to draw from their sequence
            SELECT format('GRANT USAGE ON SEQUENCE %%s TO %%I', s.oid::regclass, r.role)
            FROM tables t JOIN pg_depend d ON d.refobjid = t.oid AND d.classid = 'pg_class'::regclass
                                            AND d.deptype IN ('a', 'i')
                 JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S', runtime r
            WHERE 'INSERT' = ANY (t.kept) AND NOT has_sequence_privilege(r.role, s.oid, 'USAGE')
            UNION ALL
            -- a backup reads every sequence's position
            SELECT format('GRANT SELECT ON SEQUENCE %%s TO %%I', s.oid::regclass, r.role)
            FROM pg_class s, runtime r
            WHERE s.relnamespace = current_schema()::regnamespace AND s.relkind = 'S'
              AND NOT has_sequence_privilege(r.role, s.oid, 'SELECT')
            """.formatted(KEPT);

    private HistoryOwnership() {}

    /**
     * Run as the owner role, on its connection. Each statement may be repeated: a start interrupted half-way is
     * finished by the next one.
     */
    public static void apply(Connection owner, String runtimeRole) throws SQLException {
        String ownerRole = single(owner, "SELECT current_user", List.of());
        if (runtimeRole == null || ownerRole.equals(runtimeRole)) {
            log.warn(
                    "Migrations ran as {}, the role Accord runs as: the history is not protected from the "
                            + "application's own role (set ACCORD_DB_OWNER_USER and ACCORD_DB_OWNER_PASSWORD)",
                    runtimeRole);
            return;
        }
        if (!Boolean.parseBoolean(
                single(owner, "SELECT pg_has_role(current_user, ?, 'MEMBER')::text", List.of(runtimeRole)))) {
            throw new RolesMisconfiguredException("The owner role " + ownerRole + " is not a member of the role Accord "
                    + "runs as, " + runtimeRole + ", so it cannot hand it the read models or migrate them later: "
                    + "GRANT " + runtimeRole + " TO " + ownerRole);
        }
        // In one transaction, so that other nodes never see the history without its grants, nor half the tables
        // handed over. Flyway calls this inside a transaction of its own already.
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement sql = owner.createStatement()) {
            for (String statement : statements(owner, OWNERS, runtimeRole)) {
                sql.execute(statement);
            }
            for (String statement : statements(owner, PRIVILEGES, runtimeRole)) {
                sql.execute(statement);
            }
            if (autoCommit) {
                owner.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (autoCommit) {
                owner.rollback();
            }
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
        if (!Boolean.parseBoolean(single(owner, """
                SELECT (has_database_privilege(?, current_database(), 'CREATE')
                        AND has_schema_privilege(?, current_schema(), 'CREATE'))::text""", List.of(runtimeRole, runtimeRole)))) {
            throw new RolesMisconfiguredException("The role Accord runs as, " + runtimeRole + ", may not create "
                    + "schemas in the database or tables in its schema, and the owner role " + ownerRole
                    + " cannot grant it (a rebuild of the read models needs both): make " + ownerRole
                    + " the owner of the database, or GRANT CREATE ON DATABASE and CREATE ON SCHEMA to "
                    + runtimeRole);
        }
    }

    private static List<String> statements(Connection owner, String query, String runtimeRole) throws SQLException {
        try (PreparedStatement sql = owner.prepareStatement(query)) {
            sql.setString(1, runtimeRole);
            List<String> statements = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    statements.add(rows.getString("statement"));
                }
            }
            return statements;
        }
    }

    private static String single(Connection connection, String query, List<String> parameters) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.size(); i++) {
                sql.setString(i + 1, parameters.get(i));
            }
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
