package dev.accord.ops.fault;

import dev.accord.ops.harness.EmbeddedLedger;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What one run of the fault harness does and where, from -Dfault.* properties (ops/fault/run-fault-harness.sh
 * sets them from its options). The short form keeps the same scenarios with shorter phases, to fit in three
 * minutes with the start-ups.
 */
record FaultSettings(
        Path appJar,
        Path resultsDir,
        boolean embedded,
        boolean isShort,
        String pgUrl,
        String pgUser,
        String pgRestartCommand,
        EmbeddedLedger.Credentials embeddedCredentials,
        boolean keep,
        int writers,
        Duration beforeKill,
        Duration beforeDatabaseRestart,
        Duration afterDatabaseRestart,
        Duration writerTimeout,
        int approvers,
        Duration approvalTimeout,
        Duration poisonTimeout,
        Duration probePatience) {

    static FaultSettings fromSystemProperties() {
        boolean isShort = Boolean.parseBoolean(property("fault.short", "false"));
        String database = property("fault.database", "embedded");
        if (!database.equals("embedded") && !database.equals("external")) {
            throw new IllegalArgumentException("fault.database is embedded or external, not " + database);
        }
        String passwordFile = property("fault.embeddedPasswordFile", "");
        return new FaultSettings(
                Path.of(property("fault.appJar", "app/target/accord.jar"))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(property("fault.resultsDir", "ops/fault/results"))
                        .toAbsolutePath()
                        .normalize(),
                database.equals("embedded"),
                isShort,
                property("fault.pgUrl", "jdbc:postgresql://127.0.0.1:5432/"),
                property("fault.pgUser", "postgres"),
                property("fault.pgRestart", ""),
                new EmbeddedLedger.Credentials(
                        property("fault.embeddedUser", ""),
                        property("fault.embeddedDatabase", ""),
                        passwordFile.isEmpty() ? null : Path.of(passwordFile)),
                Boolean.parseBoolean(property("fault.keep", "false")),
                Integer.parseInt(property("fault.writers", "8")),
                seconds("fault.beforeKillSeconds", isShort ? 6 : 20),
                seconds("fault.beforeDatabaseRestartSeconds", isShort ? 4 : 15),
                seconds("fault.afterDatabaseRestartSeconds", isShort ? 6 : 20),
                seconds("fault.writerTimeoutSeconds", 30),
                Integer.parseInt(property("fault.approvers", "50")),
                // Long enough in the full form to see what the server answers in the end (Axon gives up waiting
                // for an aggregate's lock after 30 s); anything over 2 s fails either way.
                seconds("fault.approvalTimeoutSeconds", isShort ? 10 : 40),
                seconds("fault.poisonTimeoutSeconds", isShort ? 20 : 60),
                seconds("fault.probeSeconds", 5));
    }

    String databaseName() {
        return embedded ? "embedded" : "external";
    }

    private static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(Integer.parseInt(property(name, String.valueOf(fallback))));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
