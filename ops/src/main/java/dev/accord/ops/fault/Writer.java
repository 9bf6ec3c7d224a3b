package dev.accord.ops.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.fault.SentCommand.Delivery;
import dev.accord.ops.harness.AccordApi;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One member posting commands through the API as fast as answers come, until told to stop: comments on projects
 * and on their changes, estimates, new proposals. Each command carries a marker of its own in its text, so the
 * ledger can be searched for it afterwards.
 * <p>
 * Like a careful client, a writer sends a command again, with the same marker, only when it knows the first
 * attempt was not handled: nothing listened (Accord down), or the credentials were refused (401 while the
 * database restarts) or throttled (429). After an answer that leaves it in doubt (5xx, a timeout, a broken
 * connection) it goes on with a new command; the ledger then may hold the doubtful one once, never twice.
 */
final class Writer implements Runnable {

    /** A project the writers work on, with its initial change to comment on. */
    record Project(String id, String changeId) {}

    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(250);

    private final int number;
    private final String user;
    private final String runId;
    private final AccordApi api;
    private final List<Project> projects;
    private final Duration timeout;
    private final AtomicBoolean stop;
    private final long scenarioStart;
    private final Queue<SentCommand> sent;
    private final Map<String, Integer> answers;
    private final Random random;

    Writer(
            int number,
            String user,
            String runId,
            AccordApi api,
            List<Project> projects,
            Duration timeout,
            AtomicBoolean stop,
            long scenarioStart,
            Queue<SentCommand> sent,
            Map<String, Integer> answers) {
        this.number = number;
        this.user = user;
        this.runId = runId;
        this.api = api;
        this.projects = projects;
        this.timeout = timeout;
        this.stop = stop;
        this.scenarioStart = scenarioStart;
        this.sent = sent;
        this.answers = answers;
        this.random = new Random(number);
    }

    /** Every marker of a run: "F", the run's id, the writer, the command's number. */
    static String markerPattern(String runId) {
        return "F" + runId + "-w\\d+-\\d+";
    }

    @Override
    public void run() {
        for (int n = 1; !stop.get(); n++) {
            String marker = "F" + runId + "-w" + number + "-" + n;
            SentCommand command = send(marker, random.nextInt(100));
            sent.add(command);
            if (command.delivery() != Delivery.ACKNOWLEDGED) {
                pause();
            }
        }
    }

    private SentCommand send(String marker, int roll) {
        Project project = projects.get(random.nextInt(projects.size()));
        CommandKind kind = roll < 60
                ? CommandKind.COMMENT
                : roll < 70 ? CommandKind.COMMENT_ON_CHANGE : roll < 85 ? CommandKind.ESTIMATE : CommandKind.PROPOSAL;
        String path = switch (kind) {
            case COMMENT, COMMENT_ON_CHANGE -> "/api/projects/" + project.id() + "/comments";
            case ESTIMATE -> "/api/projects/" + project.id() + "/estimates";
            case PROPOSAL -> "/api/projects";
        };
        ObjectNode body = body(kind, marker, project);
        int attempts = 0;
        while (true) {
            attempts++;
            long started = System.nanoTime();
            try {
                AccordApi.Answer answer = api.call("POST", path, user, body, timeout);
                String status = String.valueOf(answer.status());
                Duration answeredAt = Duration.ofNanos(System.nanoTime() - scenarioStart);
                if (answer.ok()) {
                    // A client takes any 2xx for success; one whose body is not the API's JSON is still counted as
                    // acknowledged, and named, since nothing but an error page would answer so.
                    boolean json = !answer.json().has("unreadable");
                    answers.merge(json ? status : status + " not JSON", 1, Integer::sum);
                    return new SentCommand(
                            marker,
                            kind,
                            Delivery.ACKNOWLEDGED,
                            attempts,
                            json ? status : status + " with a body that is not JSON: " + oneLine(answer.text(), 60),
                            answer.took(),
                            answeredAt);
                }
                answers.merge(status, 1, Integer::sum);
                if (answer.status() == 401 || answer.status() == 429) {
                    if (stop.get()) {
                        return new SentCommand(
                                marker, kind, Delivery.NOT_SENT, attempts, status, answer.took(), answeredAt);
                    }
                    pause();
                    continue;
                }
                Delivery delivery = answer.status() >= 500 ? Delivery.IN_DOUBT : Delivery.REFUSED;
                return new SentCommand(
                        marker, kind, delivery, attempts, status + " " + answer.text(), answer.took(), answeredAt);
            } catch (ConnectException nothingListens) {
                answers.merge("connection refused", 1, Integer::sum);
                if (stop.get()) {
                    return new SentCommand(
                            marker,
                            kind,
                            Delivery.NOT_SENT,
                            attempts,
                            "connection refused",
                            null,
                            Duration.ofNanos(System.nanoTime() - scenarioStart));
                }
                pause();
            } catch (HttpTimeoutException noAnswer) {
                answers.merge("no answer within " + timeout.toSeconds() + " s", 1, Integer::sum);
                return new SentCommand(
                        marker,
                        kind,
                        Delivery.IN_DOUBT,
                        attempts,
                        "timeout",
                        Duration.ofNanos(System.nanoTime() - started),
                        Duration.ofNanos(System.nanoTime() - scenarioStart));
            } catch (IOException broken) {
                answers.merge("connection broken", 1, Integer::sum);
                return new SentCommand(
                        marker,
                        kind,
                        Delivery.IN_DOUBT,
                        attempts,
                        "connection broken: " + broken,
                        null,
                        Duration.ofNanos(System.nanoTime() - scenarioStart));
            }
        }
    }

    private ObjectNode body(CommandKind kind, String marker, Project project) {
        ObjectNode body = AccordApi.json().createObjectNode();
        switch (kind) {
            case COMMENT -> body.put("text", marker + ": a comment by writer " + number);
            case COMMENT_ON_CHANGE -> {
                body.put("text", marker + ": a comment on the initial budget by writer " + number);
                body.putObject("subject").put("kind", "CHANGE").put("id", project.changeId());
            }
            case ESTIMATE -> {
                long oneTime = 10_000 + random.nextInt(90_000);
                body.set("oneTimeCost", money(oneTime));
                body.set("recurringYearlyCost", money(1_000 + random.nextInt(9_000)));
                body.put("horizonYears", 1 + random.nextInt(5));
                body.set("low", money(oneTime * 9 / 10));
                body.set("high", money(oneTime * 12 / 10));
                body.put("assumptions", marker + ": assumptions of writer " + number);
            }
            case PROPOSAL -> {
                body.put("title", "Fault run " + marker)
                        .put("description", "Proposed by writer " + number)
                        .put("fiscalYear", YearMonth.now().getYear());
                body.set("requestedBudget", money(5_000 + random.nextInt(50_000)));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return body;
    }

    private static String oneLine(String text, int length) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > length ? line.substring(0, length) + "…" : line;
    }

    static ObjectNode money(long amount) {
        return AccordApi.json().createObjectNode().put("amount", amount + ".00").put("currency", "EUR");
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A map the writers of one scenario share to count their answers by status. */
    static Map<String, Integer> answerCounts() {
        return new ConcurrentHashMap<>();
    }
}
