package dev.accord.ops.throughput;

import static dev.accord.ops.harness.Stopwatch.seconds;
import static dev.accord.ops.harness.Stopwatch.since;

import dev.accord.ops.harness.BearerApi;
import dev.accord.ops.harness.CatchUp;
import dev.accord.ops.harness.CleanUpAlways;
import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.Report;
import dev.accord.ops.harness.ServerDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issue 14's command throughput against PostgreSQL itself: Accord's production jar on a fresh database of the
 * PostgreSQL at 127.0.0.1:5432, clients with API tokens sending a realistic mix (comments, estimates, change
 * requests and their approvals by Finance then IT) to many projects at 1, 4, 16 and 64 clients; after each level,
 * pgbench's read-last-sequence-then-insert transaction on the same server at the same client count. See
 * ops/README.md.
 */
public final class ThroughputBenchmark {

    private static final String ADMIN = "bench";
    /** Everyone in the benchmark database shares it; the database is dropped after the run. */
    private static final String PASSWORD =
            "bench-" + UUID.randomUUID().toString().substring(0, 8);

    private static final Duration CATCH_UP = Duration.ofMinutes(5);
    /** Accord idle between the parts: what its JVMs use with no request (processors waiting, timers). */
    private static final double QUIET_CORES = 0.1;

    private final ThroughputSettings settings;
    private final ServerDatabase database;
    private final ServerDatabase pgbenchDatabase;
    private final Report report;
    private final Path logs;
    private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    private Nodes nodes;

    private ThroughputBenchmark(ThroughputSettings settings, ServerDatabase database, ServerDatabase pgbench) {
        this.settings = settings;
        this.database = database;
        this.pgbenchDatabase = pgbench;
        this.report = new Report("Command throughput against PostgreSQL (" + settings.nodes() + " node"
                + (settings.nodes() == 1 ? "" : "s") + ")");
        this.logs = settings.resultsDir().resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        ThroughputSettings settings = ThroughputSettings.fromSystemProperties();
        ServerDatabase database =
                ServerDatabase.create(settings.pgUrl(), settings.pgUser(), "accord_tp_", settings.keepDatabase());
        ServerDatabase pgbench;
        try {
            pgbench = ServerDatabase.create(
                    settings.pgUrl(), settings.pgUser(), "accord_pgbench_", settings.keepDatabase());
        } catch (Exception failure) {
            database.close();
            throw failure;
        }
        ThroughputBenchmark run = new ThroughputBenchmark(settings, database, pgbench);
        CleanUpAlways.around(run::measure, run::cleanUp);
    }

    private void measure() throws Exception {
        long runStarted = System.nanoTime();
        report.machine(
                database.serverVersion() + " (databases " + database.name() + " for Accord, " + pgbenchDatabase.name()
                        + " for pgbench; " + (settings.keepDatabase() ? "kept" : "dropped after") + ")",
                settings.appJar() + " (logs in ops/bench/results/logs/)");
        report.bullet("pgbench", pgbenchVersion());
        List<AccordLevel.Result> accord = new ArrayList<>();
        List<PgbenchLevel.Result> pgbench = new ArrayList<>();
        ProfileSummary profile = null;
        try {
            report.heading("Set-up");
            nodes = Nodes.start(settings, database, ADMIN, PASSWORD, logs, report);
            long started = System.nanoTime();
            List<BearerApi> apis = nodes.bearerApis();
            List<Desk> desks = Desks.create(database, nodes.basic(), PASSWORD, apis, settings.mostClients());
            report.bullet(
                    "clients",
                    "%d desks of three members each (a requester, IT or Finance in turn; a Finance and an IT approver),"
                                    .formatted(desks.size())
                            + " each member with an API token of their own (POST /api/tokens): %.1f s"
                                    .formatted(seconds(since(started))));
            started = System.nanoTime();
            List<UUID> projects = SeededProjects.seed(desks, apis.get(0), settings.projects());
            report.bullet(
                    "projects",
                    ("%d, each proposed, estimated, given an ROI case and its initial budget approved by Finance and IT "
                                    + "(%,d commands through node 1 in %.1f s)")
                            .formatted(
                                    projects.size(),
                                    projects.size() * SeededProjects.COMMANDS_PER_PROJECT,
                                    seconds(since(started))));
            report.bullet(
                    "levels",
                    "%s clients; each %d s of warm-up, then %d s measured; requests time out after %d s; clients go to "
                                    .formatted(
                                            settings.levels(),
                                            settings.warmUp().toSeconds(),
                                            settings.measured().toSeconds(),
                                            settings.requestTimeout().toSeconds())
                            + "%d node(s) round-robin".formatted(settings.nodes()));
            if (settings.isSmoke()) {
                report.line("");
                report.line("**A smoke run**: levels shorter than the " + ThroughputSettings.MEASURED_SECONDS
                        + " s the issue asks for prove that the harness works; they measure nothing to quote.");
            }
            long postmaster = postmasterPid();
            report.bullet("PostgreSQL server process (postmaster) whose processor time is counted", postmaster);
            PgbenchLevel pgbenchLevel =
                    new PgbenchLevel(settings.pgbench(), pgbenchDatabase, logs.resolve("pgbench-" + stamp));
            pgbenchLevel.createTable();
            AccordLevel level = new AccordLevel(settings, database, projects, new ChangeBoard());

            report.heading("Levels as they ran");
            for (int clients : settings.levels()) {
                ProfiledWindow window = new ProfiledWindow(clients == settings.profiledLevel());
                AccordLevel.Result result = level.run(desks.subList(0, clients), nodes.pids(), postmaster, window);
                nodes.checkAlive();
                accord.add(result);
                report.measured(
                        "Accord, " + ThroughputTables.clients(clients),
                        ("%,d commands answered, %,.1f/s accepted, p50 %s, p99 %s; %,d events; CPU (cores): %s; open "
                                        + "changes %d")
                                .formatted(
                                        result.tally().total(),
                                        result.tally().accepted()
                                                / result.tally().windowSeconds(),
                                        ThroughputTables.ms(result.tally().latency(), 50),
                                        ThroughputTables.ms(result.tally().latency(), 99),
                                        result.eventsAppended(),
                                        ThroughputTables.cores(result.cores()),
                                        result.openChanges()),
                        result.before(),
                        result.after());
                if (window.recorded != null) {
                    profile = ProfileSummary.of(window.recorded);
                }
                MachineLoad before = MachineLoad.now();
                Duration caughtUp = CatchUp.await(database, CATCH_UP);
                Duration quiet = CpuSample.awaitQuiet(nodes.pids(), QUIET_CORES, CATCH_UP);
                report.measured(
                        "between the parts",
                        ("read models caught up after %.1f s; Accord under %.2f cores after %.1f s more")
                                .formatted(seconds(caughtUp), QUIET_CORES, seconds(quiet)),
                        before,
                        MachineLoad.now());
                PgbenchLevel.Result run = pgbenchLevel.run(
                        clients,
                        (int) settings.measured().toSeconds(),
                        new AppendTransaction(projects.size(), result.payloadBytes(), result.metadataBytes()),
                        nodes.pids(),
                        postmaster);
                pgbench.add(run);
                report.measured(
                        "pgbench, " + ThroughputTables.clients(clients),
                        ("%,.0f tps, latency average %.2f ms, p50 %.2f ms, p99 %.2f ms; %,d transactions, %,d rows "
                                        + "appended (payload %d B, metadata %d B), %d failed; CPU (cores): %s")
                                .formatted(
                                        run.output().tps(),
                                        run.output().latencyAverageMs(),
                                        run.p50Ms(),
                                        run.p99Ms(),
                                        run.output().processed(),
                                        run.rowsAppended(),
                                        run.transaction().payloadBytes(),
                                        run.transaction().metadataBytes(),
                                        run.output().failed() + run.logFailures(),
                                        ThroughputTables.cores(run.cores())),
                        run.before(),
                        run.after());
            }
            ThroughputSummary.write(report, settings, accord, pgbench, profile);
        } catch (Exception failure) {
            report.heading("Failed");
            report.line("The run stopped early: " + failure);
            if (!accord.isEmpty()) {
                ThroughputSummary.write(report, settings, accord, pgbench, profile);
            }
            throw failure;
        } finally {
            report.heading("End");
            report.bullet("load at end", MachineLoad.now().loadAverage());
            report.bullet("the run took", "%.1f min".formatted(seconds(since(runStarted)) / 60));
            Path file = report.write(settings.resultsDir(), settings.isSmoke() ? "-throughput-smoke" : "-throughput");
            System.out.println();
            System.out.println("Results written to " + file);
        }
    }

    /** Flight Recorder on every node for the profiled level; nothing for the others. */
    private final class ProfiledWindow implements AccordLevel.Window {
        private final boolean profiled;
        private FlightRecording recording;
        private List<Path> recorded;

        ProfiledWindow(boolean profiled) {
            this.profiled = profiled;
        }

        @Override
        public void opening() throws Exception {
            if (profiled) {
                recording = FlightRecording.start(
                        nodes.pids(), logs, "throughput-" + stamp + "-c" + settings.profiledLevel());
            }
        }

        @Override
        public void closed() throws Exception {
            if (recording != null) {
                recorded = recording.stop();
            }
        }
    }

    /** The PostgreSQL server's postmaster: the parent of this connection's backend. */
    private long postmasterPid() throws Exception {
        try (Connection db = database.connect();
                Statement sql = db.createStatement();
                ResultSet backend = sql.executeQuery("SELECT pg_backend_pid()")) {
            backend.next();
            Path stat = Path.of("/proc", Integer.toString(backend.getInt(1)), "stat");
            return Files.isReadable(stat) ? CpuSample.parent(Files.readString(stat)) : -1;
        }
    }

    private String pgbenchVersion() {
        try {
            Process version = new ProcessBuilder(settings.pgbench(), "--version")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(version.getInputStream().readAllBytes()).strip();
            version.waitFor();
            return text;
        } catch (Exception missing) {
            throw new IllegalStateException("No pgbench at " + settings.pgbench() + " (-Dbench.pgbench=…)", missing);
        }
    }

    private synchronized void cleanUp() {
        if (nodes != null) {
            nodes.close();
        }
        for (ServerDatabase each : List.of(database, pgbenchDatabase)) {
            try {
                each.close();
            } catch (Exception failure) {
                System.err.println("Could not drop " + each.name() + ": " + failure);
            }
        }
    }
}
