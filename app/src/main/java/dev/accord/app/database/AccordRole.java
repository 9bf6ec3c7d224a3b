package dev.accord.app.database;

import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Accord's own role in the embedded PostgreSQL: it logs in with a password, owns the database and everything in it
 * (Flyway creates the tables and triggers, a rebuild creates and swaps tables), and is no superuser.
 */
final class AccordRole {

    static final String NAME = "accord";
    static final String DATABASE = "postgres";

    private AccordRole() {
    }

    /**
     * Run as the superuser, once: on the first start, and on a data directory made before the role existed, where
     * the superuser owns the tables. Every step may be repeated, so a start interrupted half-way is finished by the
     * next one.
     */
    static void handOver(Connection superuser, String password) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
                        END IF;
                    END $$""".formatted(NAME));
            // Hashed (SCRAM-SHA-256) by the driver: the password itself never reaches the server or its log.
            superuser.unwrap(PGConnection.class).alterUserPassword(NAME, password.toCharArray(), "scram-sha-256");
            // The database's owner owns its public schema too (pg_database_owner) and may create schemas (a rebuild's).
            sql.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + NAME);
            sql.execute(OWN_EVERYTHING.formatted(NAME));
        }
    }

    /**
     * What the superuser made in the old days (Flyway's tables, sequences, trigger functions, a rebuild's schemas)
     * passes to Accord's role. Sequences that belong to a column move with their table.
     */
    private static final String OWN_EVERYTHING = """
            DO $$
            DECLARE
                object record;
            BEGIN
                FOR object IN
                    SELECT format('ALTER SCHEMA %%I OWNER TO %1$s', nspname) AS statement
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
