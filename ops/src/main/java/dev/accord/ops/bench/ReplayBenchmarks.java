package dev.accord.ops.bench;

import static dev.accord.ops.harness.Stopwatch.seconds;
import static dev.accord.ops.harness.Stopwatch.since;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.AccordProcess;
import dev.accord.ops.harness.CatchUp;
import dev.accord.ops.harness.CleanUpAlways;
import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.Rebuild;
import dev.accord.ops.harness.Report;
import dev.accord.ops.harness.ServerDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Issue 5's performance figures, measured on the production jar and the machine's PostgreSQL in a database made
 * for the run: (1) the as-of view of a project with 10,000 events; (2) a rebuild of every read model from
 * 1,000,000 events, against a plain sequential read of the event table in the same run. See ops/README.md.
 */
public final class ReplayBenchmarks {

    static final String ADMIN = "bench";
    /** Everyone in the benchmark database shares it; the database is dropped after the run. */
    static final String PASSWORD = "bench-" + UUID.randomUUID().toString().substring(0, 8);

    private static final int WARM_UP_CALLS = 20;

    private final BenchSettings settings;
    private final ServerDatabase database;
    private final Report report = new Report("Replay benchmarks");
    private final Path appLog;
    private AccordProcess app;
    private AccordApi api;
    private CapturedEvents captured;
    private PortfolioStream portfolio;
    private UUID bigProject;

    private ReplayBenchmarks(BenchSettings settings, ServerDatabase database) {
        this.settings = settings;
        this.database = database;
        this.appLog = settings.resultsDir().resolve("logs").resolve(database.name() + "-accord.log");
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        ServerDatabase database =
                ServerDatabase.create(settings.pgUrl(), settings.pgUser(), "accord_bench_", settings.keepDatabase());
        ReplayBenchmarks run = new ReplayBenchmarks(settings, database);
        CleanUpAlways.around(run::measure, run::cleanUp);
    }

    private void measure() throws Exception {
        report.machine(
                database.serverVersion() + " (database " + database.name() + ", dropped after)",
                settings.appJar() + " (log: " + appLog.getFileName() + ")");

        startApp();
        database.addMember(CapturedEvents.IT_MEMBER, "IT", PASSWORD);
        database.addMember(CapturedEvents.IT_APPROVER, "IT", PASSWORD);
        database.addMember(CapturedEvents.FINANCE_MEMBER, "FINANCE", PASSWORD);
        captured = CapturedEvents.capture(api, database);
        portfolio = new PortfolioStream(captured);
        report.bullet(
                "captured template events",
                captured.opening().size() + 3 + " ("
                        + captured.opening().stream().map(EventRow::eventName).toList()
                        + ", BudgetAllocated, CommentAdded, ActualsRecorded)");

        try {
            if (settings.runs("asof")) {
                asOf();
            }
            if (settings.runs("replay")) {
                replay();
            }
        } catch (Exception failure) {
            report.heading("Failed");
            report.line("The run stopped early: " + failure);
            throw failure;
        } finally {
            report.heading("End");
            report.bullet("load at end", MachineLoad.now().loadAverage());
            Path file = report.write(settings.resultsDir());
            System.out.println();
            System.out.println("Results written to " + file);
        }
    }

    private void startApp() throws Exception {
        app = MeasuredStart.start(settings, database, ADMIN, PASSWORD, appLog, report);
        api = new AccordApi(app.port(), PASSWORD);
    }

    /** (1) One project with asOfEvents events; the as-of view at three instants of its history. */
    private void asOf() throws Exception {
        report.heading("(1) As-of view of a project with %,d events".formatted(settings.asOfEvents()));
        SyntheticProject project =
                new SyntheticProject(captured, portfolio, settings.asOfEvents(), new SyntheticProject.Mix(500, 200));
        bigProject = project.id();
        List<Instant> stamps = new ArrayList<>();
        MachineLoad before = MachineLoad.now();
        Seeding.Result seeded = Seeding.oneProject(database, project, settings.asOfEvents(), stamps);
        report.measured("seeding (COPY, one event a minute)", seeded, before, MachineLoad.now());
        before = MachineLoad.now();
        Duration caughtUp = CatchUp.await(database, Duration.ofMinutes(15));
        report.measured(
                "live read models caught up (tracking processors, one event per transaction)",
                "%.1f s".formatted(seconds(caughtUp)),
                before,
                MachineLoad.now());

        AsOfBenchmark bench = new AsOfBenchmark(api, ADMIN, WARM_UP_CALLS, settings.asOfSamples());
        report.line("");
        report.line("GET /api/projects/{id}?asOf=… as the administrator, %d warm-up calls then %d timed calls each:"
                .formatted(WARM_UP_CALLS, settings.asOfSamples()));
        report.line("");
        int events = stamps.size();
        timeAsOf(bench, "early (event 100 of %,d)".formatted(events), bigProject, stamps.get(99));
        timeAsOf(
                bench,
                "middle (event %,d of %,d)".formatted(events / 2, events),
                bigProject,
                stamps.get(events / 2 - 1));
        timeAsOf(bench, "latest (all %,d events)".formatted(events), bigProject, Instant.now());
        timeAsOf(
                bench,
                "small project (%d events), latest".formatted(captured.opening().size() + 2),
                captured.projectId(),
                Instant.now());
        report.measure(
                "same %,d-event project from the read model (no asOf)".formatted(events),
                () -> bench.readModel(bigProject));

        report.line("");
        report.line("Where a request's time goes:");
        report.line("");
        report.measure(
                "the same GET without credentials (401: HTTP and security filters only)",
                () -> bench.unauthenticated(bigProject));
        report.measure(
                "one bcrypt check at cost 10 (HTTP Basic checks the password on every request)",
                () -> bench.bcryptCheck());

        for (int batch : new int[] {100, 1000, 20_000}) {
            report.measure(
                    "the %,d-event stream over JDBC in queries of %,d events, no JSON".formatted(events, batch),
                    () -> StreamRead.time(database, bigProject, batch, false));
        }
        report.measure(
                "the same in queries of 100 events, each payload parsed by Jackson",
                () -> StreamRead.time(database, bigProject, 100, true));

        // The path through the aggregate: the first command folds the whole stream and stores a snapshot, the others
        // start from it (CommandTimeBenchmark measures commands with and without snapshots).
        before = MachineLoad.now();
        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            api.post(
                    CapturedEvents.FINANCE_MEMBER,
                    "/api/projects/" + bigProject + "/comments",
                    AccordApi.json().createObjectNode().put("text", "Benchmark command " + i));
            nanos[i] = System.nanoTime() - started;
        }
        report.measured(
                ("POST a comment on it with HTTP Basic (the first folds all %,d events and stores a snapshot, the "
                                + "others start from it; each then waits for the read models)")
                        .formatted(events),
                Stats.ofNanos(nanos),
                before,
                MachineLoad.now());
    }

    private void timeAsOf(AsOfBenchmark bench, String label, UUID project, Instant instant) throws Exception {
        MachineLoad before = MachineLoad.now();
        Stats stats = bench.asOf(project, instant);
        report.measured(label, stats, before, MachineLoad.now());
        if (bench.lastServerSide() != null) {
            report.measured(
                    label + ", on the server (Server-Timing: read and fold)",
                    bench.lastServerSide(),
                    before,
                    MachineLoad.now());
        }
    }

    /** (2) Many projects' events; the raw read of the table, then the rebuild, in the same run. */
    private void replay() throws Exception {
        long events = (long) settings.projects() * settings.eventsPerProject();
        report.heading("(2) Rebuild of %,d events".formatted(events));
        // Seeded with the application stopped, so that no live processor reads the events before the rebuild.
        app.close();
        MachineLoad before = MachineLoad.now();
        Seeding.Result seeded =
                Seeding.manyProjects(database, captured, portfolio, settings.projects(), settings.eventsPerProject());
        report.measured(
                "seeding %,d projects × %d events, interleaved (COPY, %,d rows a transaction)"
                        .formatted(settings.projects(), settings.eventsPerProject(), EventCopy.ROWS_PER_TRANSACTION),
                seeded,
                before,
                MachineLoad.now());
        before = MachineLoad.now();
        long started = System.nanoTime();
        SeededLedger.vacuumAnalyzeEvents(database);
        report.measured(
                "VACUUM (ANALYZE) of the event table",
                "%.1f s".formatted(seconds(since(started))),
                before,
                MachineLoad.now());
        report.bullet(
                "event table",
                "%,d events, %s with indexes"
                        .formatted(database.lastGlobalIndex(), SeededLedger.eventTableSize(database)));

        RawRead.Result reference = null;
        for (int i = 1; i <= 2; i++) {
            before = MachineLoad.now();
            RawRead.Result read = RawRead.read(database, false);
            report.measured("raw sequential read " + i + " (JDBC, fetch size 1000)", read, before, MachineLoad.now());
            reference = reference == null || read.eventsPerSecond() > reference.eventsPerSecond() ? read : reference;
        }
        report.measure("raw read with a Jackson parse of each payload", () -> RawRead.read(database, true));

        int rows = Math.toIntExact(database.lastGlobalIndex());
        before = MachineLoad.now();
        WriteFloor.Result inserts = WriteFloor.batchedInserts(database, rows);
        report.measured(
                "writing as many timeline rows alone, the projections' way (multi-row INSERT … ON CONFLICT "
                        + "DO NOTHING into an unlogged table, one connection)",
                inserts,
                before,
                MachineLoad.now());
        before = MachineLoad.now();
        WriteFloor.Result copied = WriteFloor.copy(database, rows);
        report.measured("writing them by COPY instead", copied, before, MachineLoad.now());
        report.bullet(
                "ceilings those set",
                "%.2f of the raw read rate for a rebuild through the projections, %.2f "
                                .formatted(
                                        inserts.rowsPerSecond() / reference.eventsPerSecond(),
                                        copied.rowsPerSecond() / reference.eventsPerSecond())
                        + "even by COPY, before any event is read or handled");

        SeededLedger.markProcessorsCaughtUp(database);
        startApp();
        if (bigProject != null) {
            AsOfBenchmark bench = new AsOfBenchmark(api, ADMIN, WARM_UP_CALLS, settings.asOfSamples());
            timeAsOf(
                    bench,
                    "as-of latest of the %,d-event project, now among %,d events"
                            .formatted(settings.asOfEvents(), database.lastGlobalIndex()),
                    bigProject,
                    Instant.now());
        }
        if (!Rebuild.available(api, ADMIN)) {
            report.bullet("rebuild", "not measured: this build has no " + Rebuild.PATH);
            return;
        }
        before = MachineLoad.now();
        Rebuild.Result rebuild = Rebuild.run(api, ADMIN, Duration.ofMinutes(settings.rebuildTimeoutMinutes()));
        MachineLoad after = MachineLoad.now();
        report.measured(
                "rebuild (POST " + Rebuild.PATH + " until " + rebuild.state()
                        + "; from the rebuild's start to its end, as the API reports them)",
                ("%,d of %,d events in %.1f s (about %.0f s until SWITCHING, polled once a second): %,.0f events/s; "
                                + "the API reported %,.0f/s%s")
                        .formatted(
                                rebuild.eventsReplayed(),
                                rebuild.totalEvents(),
                                seconds(rebuild.took()),
                                seconds(rebuild.toSwitching()),
                                rebuild.eventsPerSecond(),
                                rebuild.reportedEventsPerSecond(),
                                rebuild.message().isBlank() ? "" : " (" + rebuild.message() + ")"),
                before,
                after);
        rebuild.progress().forEach(line -> report.line("  - " + line));
        report.bullet(
                "ratio rebuild / raw read",
                "%.3f (%,.0f / %,.0f events/s; aim: at least 0.33)"
                        .formatted(
                                rebuild.eventsPerSecond() / reference.eventsPerSecond(),
                                rebuild.eventsPerSecond(),
                                reference.eventsPerSecond()));
    }

    private synchronized void cleanUp() {
        CleanUpAlways.stopAndDrop(app, database);
    }
}
