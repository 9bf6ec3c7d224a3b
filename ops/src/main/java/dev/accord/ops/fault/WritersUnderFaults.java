package dev.accord.ops.fault;

import static dev.accord.ops.harness.Stopwatch.seconds;
import static dev.accord.ops.harness.Stopwatch.since;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.fault.SentCommand.Delivery;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.LedgerDatabase;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writers posting commands on several projects while Accord is killed with kill -9 and started again, and then
 * PostgreSQL is restarted in immediate mode. Afterwards every acknowledged command must be in the ledger exactly
 * once, none twice, and every read model must equal a rebuild from the events.
 */
final class WritersUnderFaults {

    static final String SCENARIO = "%d writers through kill -9 of Accord and a PostgreSQL restart";
    private static final int PROJECTS = 4;

    private final FaultSettings settings;
    private final RunningAccord accord;
    private final LedgerDatabase database;
    private final DatabaseRestart databaseRestart;
    private final List<String> writers;
    private final String runId;

    WritersUnderFaults(
            FaultSettings settings,
            RunningAccord accord,
            LedgerDatabase database,
            DatabaseRestart databaseRestart,
            List<String> writers,
            String runId) {
        this.settings = settings;
        this.accord = accord;
        this.database = database;
        this.databaseRestart = databaseRestart;
        this.writers = writers;
        this.runId = runId;
    }

    /** Two rows: the ledger against what was acknowledged, then the read models against a rebuild. */
    List<Outcome> run() throws Exception {
        String scenario = SCENARIO.formatted(writers.size());
        AccordApi api = accord.api();
        long firstIndex = database.lastGlobalIndex();
        List<Writer.Project> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            ObjectNode proposal = AccordApi.json()
                    .createObjectNode()
                    .put("title", "Fault run " + runId + " project " + (i + 1))
                    .put("fiscalYear", YearMonth.now().getYear());
            proposal.set("requestedBudget", Writer.money(100_000));
            JsonNode proposed = api.post(writers.get(i % writers.size()), "/api/projects", proposal);
            projects.add(new Writer.Project(
                    proposed.get("id").asText(), proposed.get("changeId").asText()));
        }

        Queue<SentCommand> sent = new ConcurrentLinkedQueue<>();
        Map<String, Integer> answers = Writer.answerCounts();
        AtomicBoolean stop = new AtomicBoolean();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < writers.size(); i++) {
            Thread thread = new Thread(
                    new Writer(
                            i + 1,
                            writers.get(i),
                            runId,
                            api,
                            projects,
                            settings.writerTimeout(),
                            stop,
                            start,
                            sent,
                            answers),
                    "writer-" + (i + 1));
            thread.start();
            threads.add(thread);
        }
        List<String> notes = new ArrayList<>();
        Duration killedAt;
        Duration databaseRestartedAt = null;
        try {
            Thread.sleep(settings.beforeKill().toMillis());
            killedAt = since(start);
            Duration down = accord.killAndStartAgain();
            notes.add("kill -9 of Accord at %.1f s; it answered again %.1f s later (same port, same database)"
                    .formatted(seconds(killedAt), seconds(down)));
            Thread.sleep(settings.beforeDatabaseRestart().toMillis());
            if (databaseRestart.possible()) {
                databaseRestartedAt = since(start);
                Duration restart = databaseRestart.restart();
                notes.add("PostgreSQL restarted at %.1f s (%s), accepting connections again %.1f s later"
                        .formatted(seconds(databaseRestartedAt), databaseRestart.describe(), seconds(restart)));
            } else {
                notes.add("PostgreSQL " + databaseRestart.describe());
            }
            Thread.sleep(settings.afterDatabaseRestart().toMillis());
        } finally {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(settings.writerTimeout().plusSeconds(30).toMillis());
            }
        }
        Duration wrote = since(start);

        LedgerMarkers ledger = LedgerMarkers.read(database, Writer.markerPattern(runId), firstIndex);
        List<SentCommand> commands = new ArrayList<>(sent);
        LedgerTally tally = LedgerTally.of(commands, ledger);
        int serverErrors = answers.entrySet().stream()
                .filter(answer -> answer.getKey().startsWith("5"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        Duration slowest = commands.stream()
                .map(SentCommand::took)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        long refused = commands.stream()
                .filter(command -> command.delivery() == Delivery.REFUSED)
                .count();
        Duration restartedAt = databaseRestartedAt;
        long afterRestart = restartedAt == null
                ? -1
                : commands.stream()
                        .filter(command -> command.delivery() == Delivery.ACKNOWLEDGED)
                        .filter(command -> command.answeredAt().compareTo(restartedAt) > 0)
                        .count();
        long afterKill = commands.stream()
                .filter(command -> command.delivery() == Delivery.ACKNOWLEDGED)
                .filter(command -> command.answeredAt().compareTo(killedAt) > 0)
                .count();

        notes.add(
                0,
                "%,d commands in %.0f s on %d projects (comments, comments on a change, estimates, proposals), "
                                .formatted(commands.size(), seconds(wrote), PROJECTS)
                        + "each with a marker of its own");
        notes.add("answers: " + new TreeMap<>(answers));
        notes.add("in doubt (5xx, timeout or broken connection, not sent again): %,d, of which the ledger holds %,d"
                        .formatted(tally.inDoubt(), tally.inDoubtStored())
                + " once and none twice unless counted as duplicated");
        notes.add("acknowledged after the kill: %,d; after the PostgreSQL restart: %s"
                .formatted(afterKill, afterRestart < 0 ? "–" : "%,d".formatted(afterRestart)));
        if (refused > 0) {
            notes.add("refused with a 4xx (a harness or product bug): " + refused + ", e.g. "
                    + commands.stream()
                            .filter(command -> command.delivery() == Delivery.REFUSED)
                            .findFirst()
                            .orElseThrow()
                            .describe());
        }
        notes.addAll(tally.examples());

        Verdict verdict;
        if (!tally.exactlyOnce() || tally.acknowledged() == 0 || afterKill == 0 || afterRestart == 0) {
            verdict = Verdict.FAIL;
            if (afterKill == 0 || afterRestart == 0) {
                notes.add("no command was acknowledged after an outage: Accord did not recover");
            }
        } else {
            verdict = databaseRestart.possible() ? Verdict.PASS : Verdict.UNJUDGED;
        }
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(new Outcome(
                scenario,
                tally.acknowledged(),
                tally.lost(),
                tally.duplicated(),
                serverErrors,
                slowest,
                verdict,
                notes));
        outcomes.add(ReadModelComparison.compare(database, api, accord.admin(), Duration.ofMinutes(5)));
        return outcomes;
    }
}
