package dev.accord.app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The embedded PostgreSQL's two roles, both logging in with a password and neither a superuser.
 * <ul>
 * <li>{@value #OWNER} owns the database, the history (the event table, the integrity tables) and Flyway's
 * bookkeeping; migrations run as this role.</li>
 * <li>{@value #RUNTIME} is the role Accord runs as: it may only read and append to the history, and owns the rest
 * (read models, tokens, accounts), so a rebuild can create and swap tables.</li>
 * </ul>
 * The owner is a member of the runtime role (a migration may alter a read model), never the other way round: what
 * Accord's own connections can do, they cannot do to the history.
 */
final class AccordRoles {

    static final String RUNTIME = "accord";
    static final String OWNER = "accord_owner";
    static final String DATABASE = "postgres";

    private AccordRoles() {}

    /**
     * Run as the superuser: on the first start, on a data directory made before the roles existed (the superuser
     * owns the tables), and on one from before the owner role (the runtime role owns everything). Every step may be
     * repeated, so a start interrupted half-way is finished by the next one.
     */
    static void handOver(Connection superuser, String runtimePassword, String ownerPassword) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            create(sql, RUNTIME);
            create(sql, OWNER);
            // Hashed (SCRAM-SHA-256) by the driver: the passwords themselves never reach the server or its log.
            PGConnection pg = superuser.unwrap(PGConnection.class);
            pg.alterUserPassword(RUNTIME, runtimePassword.toCharArray(), "scram-sha-256");
            pg.alterUserPassword(OWNER, ownerPassword.toCharArray(), "scram-sha-256");
            sql.execute("REVOKE " + OWNER + " FROM " + RUNTIME);
            sql.execute("GRANT " + RUNTIME + " TO " + OWNER);
            // The database's owner owns its public schema (pg_database_owner) and so could drop any table in it:
            // that is the owner role, not the runtime role.
            sql.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
            sql.execute(OWN_EVERYTHING.formatted(OWNER, RUNTIME));
            // Then, as the owner would after a migration: the history stays with it, the rest goes to the runtime role.
            sql.execute("SET ROLE " + OWNER);
            HistoryOwnership.apply(superuser, RUNTIME);
            sql.execute("RESET ROLE");
        }
    }

    private static void create(Statement sql, String role) throws SQLException {
        sql.execute("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
                    END IF;
                END $$""".formatted(role));
    }

    /**
     * What the superuser made in the old days (Flyway's tables, sequences, trigger functions) passes to the owner
     * role, which then hands on what is not the history; a rebuild's schemas go to the runtime role, which makes and
     * drops them. Sequences that belong to a column move with their table.
     */
    private static final String OWN_EVERYTHING = """
            DO $$
            DECLARE
                object record;
            BEGIN
                FOR object IN
                    SELECT format('ALTER SCHEMA %%I OWNER TO %2$s', nspname) AS statement
                    FROM pg_namespace
                    WHERE nspowner = 'postgres'::regrole AND nspname NOT LIKE 'pg\\_%%' AND nspname <> 'information_schema'
                    UNION ALL
                    SELECT format('ALTER %%s %%s OWNER TO %1$s',
                                  CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                                 WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                                  c.oid::regclass)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relowner = 'postgres'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                      AND n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')
                                                                AND d.classid = 'pg_class'::regclass)
                    UNION ALL
                    SELECT format('ALTER ROUTINE %%s OWNER TO %1$s', p.oid::regprocedure)
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE p.proowner = 'postgres'::regrole
                      AND n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
                LOOP
                    EXECUTE object.statement;
                END LOOP;
            END $$""";
}
