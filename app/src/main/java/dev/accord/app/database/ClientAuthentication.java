package dev.accord.app.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded PostgreSQL's pg_hba.conf: who may connect, from where, and how. zonky's initdb writes one that
 * trusts every local connection as any user, superuser included; Accord replaces it.
 */
final class ClientAuthentication {

    private static final String ACCORD_ONLY = """
            # Written by Accord: only Accord's own roles, with their passwords (in ../database.password and
            # ../database-owner.password), from this machine.
            # No other line: every other user, database, address and the Unix socket are refused.
            host  postgres  %1$s,%2$s  127.0.0.1/32  scram-sha-256
            host  postgres  %1$s,%2$s  ::1/128       scram-sha-256
            """.formatted(AccordRoles.RUNTIME, AccordRoles.OWNER);

    /**
     * While Accord hands the database to its roles (first start, or a data directory from before they existed),
     * the superuser may connect without a password, from this machine only, for the few statements that takes.
     */
    private static final String WHILE_SECURING = ACCORD_ONLY + """
            # Only until Accord's roles own the database (a few statements at start-up):
            host  postgres  postgres  127.0.0.1/32  trust
            host  postgres  postgres  ::1/128       trust
            """;

    private ClientAuthentication() {}

    static boolean isAccordOnly(Path pgData) {
        try {
            return Files.readString(file(pgData), StandardCharsets.UTF_8).equals(ACCORD_ONLY);
        } catch (IOException absent) {
            return false;
        }
    }

    static void allowSecuring(Path pgData) {
        write(pgData, WHILE_SECURING);
    }

    static void allowAccordOnly(Path pgData) {
        write(pgData, ACCORD_ONLY);
    }

    private static void write(Path pgData, String rules) {
        Path file = file(pgData);
        Path partial = file.resolveSibling("pg_hba.conf.partial");
        try {
            Files.writeString(partial, rules, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DataDirectoryUnusableException(
                    pgData.getParent(), "its " + file + " cannot be written (" + e.getMessage() + ")");
        }
    }

    private static Path file(Path pgData) {
        return pgData.resolve("pg_hba.conf");
    }
}
