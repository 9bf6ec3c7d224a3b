package dev.accord.ops.bench;

import static dev.accord.ops.harness.Stopwatch.seconds;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.AccordProcess;
import dev.accord.ops.harness.CatchUp;
import dev.accord.ops.harness.CleanUpAlways;
import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.Report;
import dev.accord.ops.harness.ServerDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Issue 14's "commands in constant time": a command on a project of 10, 1,000 and 10,000 events, with aggregate
 * snapshots off and on, on the production jar and the machine's PostgreSQL in a database made for the run. The
 * histories are seeded as rows (COPY), as the replay benchmarks seed theirs; each project takes one kind of command
 * only, so it grows by no more than the commands sent to it. See ops/README.md, "Command time benchmark".
 */
public final class CommandTimeBenchmark {

    private static final String ADMIN = "bench";

    /**
     * Commands sent after each start before anything is measured, so that the first size measured does not pay for
     * the JIT compiling the command path (a few hundred milliseconds of a cold JVM otherwise land on it alone).
     */
    private static final int WARM_UP_OF_THE_JVM = 300;

    /** How the application runs for a half of the run. */
    enum Snapshots {
        OFF,
        ON
    }

    /** Which command a project takes. */
    enum Kind {
        COMMENT,
        ESTIMATE
    }

    private record Subject(Snapshots snapshots, int events, Kind kind) {}

    private final CommandTimeSettings settings;
    private final ServerDatabase database;
    private final Report report = new Report("Command time benchmarks");
    private final Path appLog;
    private final Map<Subject, UUID> projects = new LinkedHashMap<>();
    private final Map<Snapshots, UUID> warmUpProjects = new EnumMap<>(Snapshots.class);
    private final Map<Subject, Stats> results = new LinkedHashMap<>();
    private AccordProcess app;

    private CommandTimeBenchmark(CommandTimeSettings settings, ServerDatabase database) {
        this.settings = settings;
        this.database = database;
        this.appLog = settings.resultsDir().resolve("logs").resolve(database.name() + "-accord.log");
    }

    public static void main(String[] args) throws Exception {
        CommandTimeSettings settings = CommandTimeSettings.fromSystemProperties();
        ServerDatabase database =
                ServerDatabase.create(settings.pgUrl(), settings.pgUser(), "accord_commands_", settings.keepDatabase());
        CommandTimeBenchmark run = new CommandTimeBenchmark(settings, database);
        CleanUpAlways.around(run::measure, run::cleanUp);
    }

    private void measure() throws Exception {
        report.machine(
                database.serverVersion() + " (database " + database.name() + ", dropped after)",
                settings.appJar() + " (log: " + appLog.getFileName() + ")");
        report.bullet(
                "measured",
                ("%d commands a project, one at a time, after %d warm-up commands and the first one after start; "
                                + "each from sending to the last byte of the answer, with an API token (no bcrypt "
                                + "check), so it includes the read-your-writes wait for the read models")
                        .formatted(settings.commands(), settings.warmUp()));
        try {
            seed();
            for (Snapshots snapshots : Snapshots.values()) {
                measureWith(snapshots);
            }
            summary();
        } catch (Exception failure) {
            report.heading("Failed");
            report.line("The run stopped early: " + failure);
            throw failure;
        } finally {
            report.heading("End");
            report.bullet("load at end", MachineLoad.now().loadAverage());
            Path file = report.write(settings.resultsDir(), "-commands");
            System.out.println();
            System.out.println("Results written to " + file);
        }
    }

    /** Captures real events through the API, then writes every project's history with the application stopped. */
    private void seed() throws Exception {
        report.heading("Seeding");
        app = start(settings.snapshotEvery());
        database.addMember(CapturedEvents.IT_MEMBER, "IT", ReplayBenchmarks.PASSWORD);
        database.addMember(CapturedEvents.IT_APPROVER, "IT", ReplayBenchmarks.PASSWORD);
        database.addMember(CapturedEvents.FINANCE_MEMBER, "FINANCE", ReplayBenchmarks.PASSWORD);
        CapturedEvents captured =
                CapturedEvents.capture(new AccordApi(app.port(), ReplayBenchmarks.PASSWORD), database);
        PortfolioStream portfolio = new PortfolioStream(captured);
        app.close();
        app = null;
        for (Snapshots snapshots : Snapshots.values()) {
            SyntheticProject warmUp = new SyntheticProject(captured, portfolio, 10, new SyntheticProject.Mix(500, 200));
            Seeding.oneProject(database, warmUp, 10, new ArrayList<>());
            warmUpProjects.put(snapshots, warmUp.id());
            for (int events : settings.sizes()) {
                for (Kind kind : Kind.values()) {
                    SyntheticProject project =
                            new SyntheticProject(captured, portfolio, events, new SyntheticProject.Mix(500, 200));
                    MachineLoad before = MachineLoad.now();
                    Seeding.Result seeded = Seeding.oneProject(database, project, events, new ArrayList<>());
                    Subject subject = new Subject(snapshots, events, kind);
                    projects.put(subject, project.id());
                    report.measured(
                            "project for %s, snapshots %s".formatted(name(subject), snapshots),
                            seeded,
                            before,
                            MachineLoad.now());
                }
            }
        }
    }

    private void measureWith(Snapshots snapshots) throws Exception {
        int every = snapshots == Snapshots.ON ? settings.snapshotEvery() : 0;
        report.heading("Snapshots " + snapshots + " (accord.snapshots.every=" + every + ")");
        app = start(every);
        MachineLoad before = MachineLoad.now();
        Duration caughtUp = CatchUp.await(database, Duration.ofMinutes(20));
        report.measured("live read models caught up", "%.1f s".formatted(seconds(caughtUp)), before, MachineLoad.now());
        TokenCommands commands = TokenCommands.issue(new AccordApi(app.port(), ReplayBenchmarks.PASSWORD), app.port());
        before = MachineLoad.now();
        long started = System.nanoTime();
        for (int i = 0; i < WARM_UP_OF_THE_JVM; i++) {
            send(commands, Kind.values()[i % Kind.values().length], warmUpProjects.get(snapshots));
        }
        report.measured(
                "warm-up of the JVM: %d comments and estimates on a project of its own, not measured"
                        .formatted(WARM_UP_OF_THE_JVM),
                "%.1f s".formatted(seconds(Duration.ofNanos(System.nanoTime() - started))),
                before,
                MachineLoad.now());
        for (Map.Entry<Subject, UUID> project : projects.entrySet()) {
            if (project.getKey().snapshots() == snapshots) {
                measure(commands, project.getKey(), project.getValue());
            }
        }
        report.bullet("snapshots stored", snapshotsStored());
        app.close();
        app = null;
    }

    private void measure(TokenCommands commands, Subject subject, UUID project) throws Exception {
        MachineLoad before = MachineLoad.now();
        long first = send(commands, subject.kind(), project);
        report.measured(
                name(subject) + ": the first after start (reads the whole stream"
                        + (subject.snapshots() == Snapshots.ON
                                ? ", then stores a snapshot when it is long enough)"
                                : ")"),
                "%.1f ms".formatted(first / 1e6),
                before,
                MachineLoad.now());
        for (int i = 0; i < settings.warmUp(); i++) {
            send(commands, subject.kind(), project);
        }
        before = MachineLoad.now();
        long[] nanos = new long[settings.commands()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = send(commands, subject.kind(), project);
        }
        Stats stats = Stats.ofNanos(nanos);
        results.put(subject, stats);
        report.measured(name(subject), stats, before, MachineLoad.now());
    }

    private static long send(TokenCommands commands, Kind kind, UUID project) throws Exception {
        return kind == Kind.COMMENT ? commands.comment(project) : commands.estimate(project);
    }

    private void summary() {
        report.heading("Summary: median / p90 in ms");
        report.line("| events at the start | command | snapshots off | snapshots on (every " + settings.snapshotEvery()
                + ") |");
        report.line("|---:|---|---:|---:|");
        for (int events : settings.sizes()) {
            for (Kind kind : Kind.values()) {
                report.line("| %,d | %s | %s | %s |"
                        .formatted(
                                events,
                                kind.name().toLowerCase(),
                                figures(results.get(new Subject(Snapshots.OFF, events, kind))),
                                figures(results.get(new Subject(Snapshots.ON, events, kind)))));
            }
        }
    }

    private static String figures(Stats stats) {
        return stats == null ? "–" : "%.1f / %.1f".formatted(stats.medianMs(), stats.p90Ms());
    }

    private static String name(Subject subject) {
        return "%s on a project of %,d events".formatted(subject.kind().name().toLowerCase(), subject.events());
    }

    private AccordProcess start(int snapshotEvery) throws Exception {
        MachineLoad before = MachineLoad.now();
        AccordProcess started = AccordProcess.start(
                settings.appJar(),
                database,
                ADMIN,
                ReplayBenchmarks.PASSWORD,
                appLog,
                Map.of("ACCORD_SNAPSHOTS_EVERY", Integer.toString(snapshotEvery)));
        Duration startUp = started.awaitReady(new AccordApi(started.port(), ReplayBenchmarks.PASSWORD), ADMIN);
        report.measured(
                "application start-up, accord.snapshots.every=" + snapshotEvery,
                "%.1f s".formatted(seconds(startUp)),
                before,
                MachineLoad.now());
        return started;
    }

    /** How many snapshots each project has, and of which event: the evidence that they were taken, or not. */
    private String snapshotsStored() throws SQLException {
        Map<String, String> stored = new TreeMap<>();
        try (Connection db = database.connect();
                PreparedStatement select = db.prepareStatement("""
                        SELECT aggregate_identifier, count(*), max(sequence_number), max(payload_revision),
                               max(length(payload))
                        FROM snapshot_event_entry GROUP BY aggregate_identifier""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.put(
                        rows.getString(1),
                        "%d at event %d, revision %s, %,d bytes"
                                .formatted(rows.getLong(2), rows.getLong(3), rows.getString(4), rows.getLong(5)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Subject, UUID> project : projects.entrySet()) {
            String snapshot = stored.get(project.getValue().toString());
            if (snapshot != null) {
                lines.add(name(project.getKey()) + " (snapshots "
                        + project.getKey().snapshots() + "): " + snapshot);
            }
        }
        return lines.isEmpty() ? "none" : String.join("; ", lines);
    }

    private synchronized void cleanUp() {
        CleanUpAlways.stopAndDrop(app, database);
    }
}
