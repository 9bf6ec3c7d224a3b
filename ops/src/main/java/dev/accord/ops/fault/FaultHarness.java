package dev.accord.ops.fault;

import dev.accord.ops.harness.AccordProcess;
import dev.accord.ops.harness.EmbeddedLedger;
import dev.accord.ops.harness.LedgerDatabase;
import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.Report;
import dev.accord.ops.harness.ServerDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 11's fault harness: the production jar on the embedded or an external PostgreSQL, in a database made for
 * the run, through (1) writers living through kill -9 of Accord and a PostgreSQL restart, (2) many simultaneous
 * approvals of one change, (3) every poison input. It prints a table, writes it to ops/fault/results/ and exits with
 * 1 unless every row passed. See ops/README.md and docs/reliability.md.
 */
public final class FaultHarness {

    private static final String ADMIN = "fault-admin";
    /** Everyone in the run's database shares it; the database is removed after the run. */
    private static final String PASSWORD =
            "fault-" + UUID.randomUUID().toString().substring(0, 8);

    private final FaultSettings settings;
    private final LedgerDatabase database;
    private final String runId = UUID.randomUUID().toString().substring(0, 6);
    private final Report report;
    private final Path logs;
    private RunningAccord accord;
    private DatabaseRestart databaseRestart;
    private boolean cleanedUp;

    private FaultHarness(FaultSettings settings, LedgerDatabase database) {
        this.settings = settings;
        this.database = database;
        this.report = new Report("Fault harness on the " + settings.databaseName() + " database"
                + (settings.isShort() ? " (short form)" : ""));
        this.logs = settings.resultsDir().resolve("logs").resolve(runId);
    }

    public static void main(String[] args) throws Exception {
        FaultSettings settings = FaultSettings.fromSystemProperties();
        LedgerDatabase database = settings.embedded()
                ? EmbeddedLedger.inNewDirectory(settings.embeddedCredentials(), settings.keep())
                : ServerDatabase.create(settings.pgUrl(), settings.pgUser(), "accord_fault_", settings.keep());
        FaultHarness run = new FaultHarness(settings, database);
        // Ctrl-C skips finally blocks but runs shutdown hooks: stop Accord and remove the database either way.
        Thread cleanUp = new Thread(run::cleanUp, "fault-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        boolean passed;
        try {
            passed = run.run();
        } finally {
            run.cleanUp();
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        long started = System.nanoTime();
        report.heading("Set-up");
        report.bullet("machine", MachineLoad.now());
        report.bullet("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.bullet("application", settings.appJar() + " (log: " + logs.resolve("accord.log") + ")");
        report.bullet("run", runId + (settings.isShort() ? ", short form" : ", full form"));

        // The approvals scenario is about many members deciding one change at once, with exactly one outcome; the
        // product's default would hold the initial budget until a business case (estimates, ROI case, assessment)
        // is complete, so no outcome at all. The harness runs with that rule off; BusinessCaseApiIT tests the rule.
        AccordProcess process = AccordProcess.start(
                settings.appJar(),
                database,
                ADMIN,
                PASSWORD,
                logs.resolve("accord.log"),
                Map.of("ACCORD_APPROVALS_INITIAL_BUDGET_NEEDS_BUSINESS_CASE", "false"));
        accord = new RunningAccord(process, ADMIN, PASSWORD);
        Duration startUp = accord.awaitReady();
        report.bullet("database", database.describe() + ", PostgreSQL " + database.serverVersion());
        report.bullet("Accord started in", "%.1f s".formatted(startUp.toMillis() / 1000.0));
        databaseRestart = settings.embedded()
                ? new EmbeddedServerRestart((EmbeddedLedger) database, logs)
                : ServerRestart.of((ServerDatabase) database, settings.pgUrl(), settings.pgRestartCommand(), logs);
        report.bullet("PostgreSQL restart", databaseRestart.describe());

        List<String> writers = new ArrayList<>();
        Map<String, String> members = new LinkedHashMap<>();
        for (int i = 1; i <= settings.writers(); i++) {
            writers.add("fault-writer-" + i);
            members.put("fault-writer-" + i, i % 2 == 0 ? "FINANCE" : "IT");
        }
        List<String> approvers = new ArrayList<>();
        for (int i = 1; i <= settings.approvers(); i++) {
            approvers.add("fault-approver-" + i);
            members.put("fault-approver-" + i, i % 2 == 0 ? "FINANCE" : "IT");
        }
        members.put("fault-requester", "IT");
        members.put("fault-ida", "IT");
        members.put("fault-ivo", "IT");
        members.put("fault-fay", "FINANCE");
        database.addMembers(members, PASSWORD);
        report.bullet(
                "members",
                members.size() + " (" + settings.writers() + " writers, " + settings.approvers()
                        + " approvers, a requester, three for the poison inputs), written into user_account");

        List<Outcome> outcomes = new ArrayList<>();
        outcomes.addAll(scenario(
                WritersUnderFaults.SCENARIO.formatted(settings.writers()),
                () -> new WritersUnderFaults(settings, accord, database, databaseRestart, writers, runId).run()));
        outcomes.addAll(scenario(
                SimultaneousApprovals.SCENARIO.formatted(settings.approvers()),
                () -> List.of(new SimultaneousApprovals(settings, accord.api(), database, "fault-requester", approvers)
                        .run())));
        outcomes.addAll(scenario(
                "poison inputs",
                () -> new PoisonRound(settings, accord.api(), database, "fault-ida", "fault-ivo", "fault-fay", runId)
                        .run()));

        report.heading("Results");
        ResultsTable.lines(outcomes).forEach(report::line);
        report.heading("Notes");
        ResultsTable.notes(outcomes).forEach(report::line);
        boolean passed = outcomes.stream().allMatch(Outcome::passed);
        report.heading("End");
        report.bullet("machine", MachineLoad.now());
        report.bullet("wall clock", "%.0f s".formatted((System.nanoTime() - started) / 1e9));
        report.bullet(
                "verdict",
                passed
                        ? "PASS: every row passed"
                        : "FAIL: "
                                + outcomes.stream()
                                        .filter(outcome -> !outcome.passed())
                                        .count() + " of " + outcomes.size() + " rows did not pass");
        Path file = report.write(
                settings.resultsDir(), "-" + settings.databaseName() + (settings.isShort() ? "-short" : ""));
        System.out.println();
        System.out.println("Results written to " + file);
        return passed;
    }

    private interface Scenario {
        List<Outcome> run() throws Exception;
    }

    /** Runs one scenario; if it breaks off, its row says why, and the next one gets a running Accord. */
    private List<Outcome> scenario(String name, Scenario scenario) throws Exception {
        System.out.println();
        System.out.println("== " + name);
        try {
            // A scenario before may have left Accord busy (requests still waiting for a lock): begin once it answers.
            accord.awaitReady();
            List<Outcome> outcomes = scenario.run();
            System.out.println();
            ResultsTable.lines(outcomes).forEach(System.out::println);
            return outcomes;
        } catch (Exception broken) {
            broken.printStackTrace();
            accord.ensureRunning();
            return List.of(Outcome.failed(name, "the scenario broke off: " + broken));
        }
    }

    private synchronized void cleanUp() {
        if (cleanedUp) {
            return;
        }
        cleanedUp = true;
        try {
            if (accord != null) {
                accord.close();
            }
        } catch (Exception failure) {
            System.err.println("Could not stop Accord: " + failure);
        }
        if (databaseRestart != null) {
            databaseRestart.ensureRunning();
        }
        try {
            database.close();
        } catch (Exception failure) {
            System.err.println("Could not remove the run's database (" + database.describe() + "): " + failure);
        }
    }
}
