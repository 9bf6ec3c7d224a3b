package dev.accord.ops.bench;

import static dev.accord.ops.harness.Stopwatch.seconds;
import static dev.accord.ops.harness.Stopwatch.since;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.AccordProcess;
import dev.accord.ops.harness.CleanUpAlways;
import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.Report;
import dev.accord.ops.harness.ServerDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 12's figures, on the production jar and the machine's PostgreSQL in a database made for the run: (1) what
 * the integrity trigger (V12) costs an append, in bulk and one event per transaction as Accord appends; (2) the full
 * verification of a ledger of bench.verifyEvents events (default 1,000,000) through POST /api/integrity/verification
 * and by {@code java -jar accord.jar verify} on the database, several times each, as events a second. See
 * ops/README.md.
 */
public final class VerifyBenchmark {

    private static final String ADMIN = "bench";
    private static final String PASSWORD = ReplayBenchmarks.PASSWORD;
    private static final int ROWS_PER_STATEMENT = 100_000;
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * A comment-sized event: a payload of about 200 bytes and metadata of about 110, close to the events of the
     * replay benchmark (1,010,009 events took 387 MB with their indexes there).
     */
    private static final String EVENTS = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            SELECT gen_random_uuid()::TEXT, 'project-' || (i %% 10000), ? + i / 10000, 'Project',
                   to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                   'dev.accord.domain.project.api.CommentAdded', '1',
                   convert_to('{"projectId":"' || md5(i::TEXT) || '","text":"' || repeat(md5((i + 1)::TEXT), 3)
                              || '","author":"ida"}', 'UTF8'),
                   convert_to('{"traceId":"' || md5((i + 2)::TEXT) || '","correlationId":"' || md5((i + 3)::TEXT)
                              || '","userId":"ida"}', 'UTF8')
            FROM generate_series(0, %d) AS i""";

    private final BenchSettings settings;
    private final ServerDatabase database;
    private final Report report = new Report("Verifying the history");
    private final Path appLog;
    private final int events;
    private final int runs;
    private final int singleAppends;
    private AccordProcess app;
    private long nextSequence;

    private VerifyBenchmark(BenchSettings settings, ServerDatabase database) {
        this.settings = settings;
        this.database = database;
        this.appLog = settings.resultsDir().resolve("logs").resolve(database.name() + "-accord.log");
        this.events = Integer.getInteger("bench.verifyEvents", 1_000_000);
        this.runs = Integer.getInteger("bench.verifyRuns", 5);
        this.singleAppends = Integer.getInteger("bench.singleAppends", 5_000);
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        ServerDatabase database =
                ServerDatabase.create(settings.pgUrl(), settings.pgUser(), "accord_verify_", settings.keepDatabase());
        VerifyBenchmark run = new VerifyBenchmark(settings, database);
        CleanUpAlways.around(run::measure, run::cleanUp);
    }

    private void measure() throws Exception {
        report.machine(
                database.serverVersion() + " (" + database.describe() + ")",
                settings.appJar() + " (log: " + appLog.getFileName() + ")");
        try {
            // The application migrates the database and sets up its processors, then makes way for the seeding.
            startApp();
            app.close();

            report.heading("(1) Appending with the integrity trigger (V12: leaf hash and subtrees in the append)");
            MachineLoad before = MachineLoad.now();
            double bulkWith = bulk(events);
            report.measured(
                    "%,d events by INSERT … SELECT, %,d a statement and transaction"
                            .formatted(events, ROWS_PER_STATEMENT),
                    "%,.0f events/s".formatted(bulkWith),
                    before,
                    MachineLoad.now());
            before = MachineLoad.now();
            double singleWith = oneAtATime(singleAppends);
            report.measured(
                    "%,d events one INSERT and commit each, as Accord appends".formatted(singleAppends),
                    "%,.0f events/s (%.3f ms each)".formatted(singleWith, 1000 / singleWith),
                    before,
                    MachineLoad.now());
            vacuumAnalyze();

            report.heading("(2) Full verification of %,d events".formatted(events + singleAppends));
            SeededLedger.markProcessorsCaughtUp(database);
            startApp();
            verifications();
            app.close();
            verifyCommands();

            report.heading("(1, continued) The same appends with the trigger switched off (the log then lacks them)");
            try (Connection db = database.connect();
                    Statement sql = db.createStatement()) {
                sql.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER record_event_leaf");
            }
            before = MachineLoad.now();
            double bulkWithout = bulk(events);
            report.measured(
                    "%,d events by INSERT … SELECT without the trigger".formatted(events),
                    "%,.0f events/s".formatted(bulkWithout),
                    before,
                    MachineLoad.now());
            before = MachineLoad.now();
            double singleWithout = oneAtATime(singleAppends);
            report.measured(
                    "%,d events one INSERT and commit each without the trigger".formatted(singleAppends),
                    "%,.0f events/s (%.3f ms each)".formatted(singleWithout, 1000 / singleWithout),
                    before,
                    MachineLoad.now());
            report.bullet(
                    "the trigger's cost",
                    ("bulk: %.1f× the time of an append without it; one at a time: " + "+%.3f ms an event")
                            .formatted(bulkWithout / bulkWith, 1000 / singleWith - 1000 / singleWithout));
        } catch (Exception failure) {
            report.heading("Failed");
            report.line("The run stopped early: " + failure);
            throw failure;
        } finally {
            report.heading("End");
            report.bullet("load at end", MachineLoad.now().loadAverage());
            Path file = report.write(settings.resultsDir(), "-verify");
            System.out.println();
            System.out.println("Results written to " + file);
        }
    }

    /** Appends in statements of ROWS_PER_STATEMENT events, each its own transaction; returns events a second. */
    private double bulk(int count) throws SQLException {
        long started = System.nanoTime();
        try (Connection db = database.connect();
                Statement sql = db.createStatement()) {
            for (int done = 0; done < count; done += ROWS_PER_STATEMENT) {
                int rows = Math.min(ROWS_PER_STATEMENT, count - done);
                sql.execute(EVENTS.replace("?", Long.toString(nextSequence)).formatted(rows - 1));
                nextSequence += rows / 10_000 + 1;
                if ((done + rows) % 200_000 == 0) {
                    System.out.printf("  appended %,d events%n", done + rows);
                }
            }
        }
        return count / seconds(since(started));
    }

    private double oneAtATime(int count) throws SQLException {
        long started = System.nanoTime();
        try (Connection db = database.connect();
                PreparedStatement append =
                        db.prepareStatement(EVENTS.replace("?", "?::BIGINT").formatted(0))) {
            for (int i = 0; i < count; i++) {
                append.setLong(1, nextSequence++);
                append.executeUpdate();
            }
        }
        return count / seconds(since(started));
    }

    private void vacuumAnalyze() throws SQLException {
        try (Connection db = database.connect();
                Statement sql = db.createStatement()) {
            sql.execute("VACUUM (ANALYZE) domain_event_entry");
            sql.execute("VACUUM (ANALYZE) integrity_leaf");
            var size = sql.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('domain_event_entry')), "
                    + "pg_size_pretty(pg_total_relation_size('integrity_leaf') "
                    + "+ pg_total_relation_size('integrity_node'))");
            size.next();
            report.bullet(
                    "sizes",
                    "event table %s, integrity log (leaves and subtrees) %s, with indexes"
                            .formatted(size.getString(1), size.getString(2)));
        }
    }

    /**
     * Each run: POST /api/integrity/verification, then GET /api/integrity until it is no longer RUNNING; the time is
     * from the request to the verifiedAt the status reports. The first run's JIT and cache warm-up are in its figure.
     */
    private void verifications() throws Exception {
        AccordApi api = new AccordApi(app.port(), PASSWORD);
        MachineLoad before = MachineLoad.now();
        JsonNode atStart = awaitEnd(api);
        report.measured(
                "the verification Accord runs at its start",
                atStart.path("state").asText() + ", "
                        + "%,d events".formatted(atStart.path("verifiedEvents").asLong()),
                before,
                MachineLoad.now());
        double[] rates = new double[runs];
        for (int run = 0; run < runs; run++) {
            before = MachineLoad.now();
            Instant asked = Instant.now();
            api.post(ADMIN, "/api/integrity/verification", AccordApi.json().createObjectNode());
            JsonNode status = awaitEnd(api);
            Duration took = Duration.between(
                    asked, Instant.parse(status.path("verifiedAt").asText()));
            long verified = status.path("verifiedEvents").asLong();
            rates[run] = verified / seconds(took);
            report.measured(
                    "run " + (run + 1),
                    "%s, %,d events in %.2f s: **%,.0f events/s**"
                            .formatted(status.path("state").asText(), verified, seconds(took), rates[run]),
                    before,
                    MachineLoad.now());
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        report.bullet(
                "median of %d runs".formatted(runs),
                ("**%,.0f events/s** (min %,.0f, max %,.0f; aim: at " + "least 100,000)")
                        .formatted(sorted[runs / 2], sorted[0], sorted[runs - 1]));
    }

    /**
     * {@code java -jar accord.jar verify} on the database directly, with Accord stopped, as an auditor runs it: the
     * whole command timed (JVM start and settings included), and the rate its own progress line ends with.
     */
    private void verifyCommands() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Pattern lastLine = Pattern.compile("([\\d,]+) / [\\d,]+ events\\s+([\\d,]+)/s");
        double[] rates = new double[runs];
        for (int run = 0; run < runs; run++) {
            MachineLoad before = MachineLoad.now();
            ProcessBuilder command =
                    new ProcessBuilder(java, "-jar", settings.appJar().toString(), "verify").redirectErrorStream(true);
            command.environment().putAll(database.accordEnvironment());
            long started = System.nanoTime();
            Process verify = command.start();
            String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = verify.waitFor();
            double took = seconds(since(started));
            Matcher end = lastLine.matcher(output);
            String reported = "";
            while (end.find()) {
                reported = end.group(2);
                rates[run] = Long.parseLong(end.group(1).replace(",", "")) / took;
            }
            if (status != 0 || reported.isEmpty()) {
                throw new IllegalStateException("verify ended with " + status + ":\n" + output);
            }
            report.measured(
                    "`java -jar accord.jar verify`, run " + (run + 1),
                    ("exit %d in %.2f s, whole command: " + "**%,.0f events/s**; its progress line: %s/s")
                            .formatted(status, took, rates[run], reported),
                    before,
                    MachineLoad.now());
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        report.bullet(
                "median of %d commands".formatted(runs),
                "**%,.0f events/s** (min %,.0f, max %,.0f)".formatted(sorted[runs / 2], sorted[0], sorted[runs - 1]));
    }

    private JsonNode awaitEnd(AccordApi api) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = api.get(ADMIN, "/api/integrity");
            if (!status.path("state").asText().equals("RUNNING")) {
                return status;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("The verification did not end within 10 minutes");
    }

    private void startApp() throws Exception {
        app = MeasuredStart.start(settings, database, ADMIN, PASSWORD, appLog, report);
    }

    private synchronized void cleanUp() {
        CleanUpAlways.stopAndDrop(app, database);
    }
}
