package dev.accord.ops.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.fault.PoisonInput.Needs;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.LedgerDatabase;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every poison input of issue 11 through the API, one at a time. Each must be refused with a 4xx and leave nothing
 * in the ledger, or, if accepted, leave the read models moving: a later ordinary proposal appears in every read model
 * within a few seconds.
 * <p>
 * Once an input has stopped the read models, the ones after it cannot be judged on their own (the read models
 * would not move for any of them); they are still sent, together, to record their answers and what they stored.
 */
final class PoisonRound {

    /** An input with the project made for it, and the last event of that project before the input. */
    private record Prepared(PoisonInput input, String marker, String projectId, long lastSequence) {}

    /** What sending an input gave: an answer, or why there was none. */
    private record Sent(Prepared prepared, AccordApi.Answer answer, String noAnswer, Duration took) {}

    private final FaultSettings settings;
    private final AccordApi api;
    private final LedgerDatabase database;
    private final String itMember;
    private final String secondItMember;
    private final String financeMember;
    private final String runId;

    PoisonRound(
            FaultSettings settings,
            AccordApi api,
            LedgerDatabase database,
            String itMember,
            String secondItMember,
            String financeMember,
            String runId) {
        this.settings = settings;
        this.api = api;
        this.database = database;
        this.itMember = itMember;
        this.secondItMember = secondItMember;
        this.financeMember = financeMember;
        this.runId = runId;
    }

    List<Outcome> run() throws Exception {
        List<PoisonInput> inputs = PoisonInput.all();
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            // Two digits, so that no marker is the beginning of another (-1 and -10).
            prepared.add(prepare(inputs.get(i), "P%s-%02d".formatted(runId, i + 1)));
        }
        long roundStart = database.lastGlobalIndex();
        ReadModelProbe probe = new ReadModelProbe(api, itMember, financeMember, settings.probePatience());
        ReadModelProbe.Result before = probe.probe(runId);
        String stoppedBy = before.moving() ? null : "(before the round: " + before.describe() + ")";

        List<Sent> sent = new ArrayList<>();
        List<ReadModelProbe.Result> probes = new ArrayList<>();
        int next = 0;
        for (; next < prepared.size() && stoppedBy == null; next++) {
            Sent one = send(prepared.get(next));
            sent.add(one);
            ReadModelProbe.Result after = one.answer() != null && one.answer().ok() ? probe.probe(runId) : null;
            probes.add(after);
            if (after != null && !after.moving()) {
                stoppedBy = prepared.get(next).input().name();
            }
        }
        if (next < prepared.size()) {
            ExecutorService together = Executors.newFixedThreadPool(prepared.size() - next);
            try {
                List<Future<Sent>> rest = new ArrayList<>();
                for (Prepared input : prepared.subList(next, prepared.size())) {
                    rest.add(together.submit(() -> send(input)));
                }
                for (Future<Sent> one : rest) {
                    sent.add(one.get());
                    probes.add(null);
                }
            } finally {
                together.shutdown();
            }
        }

        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            outcomes.add(judge(
                    sent.get(i),
                    stored(sent.get(i).prepared(), roundStart),
                    probes.get(i),
                    i >= next ? stoppedBy : null));
        }
        return outcomes;
    }

    private Outcome judge(Sent sent, long stored, ReadModelProbe.Result probe, String stoppedBy) {
        String scenario = "poison: " + sent.prepared().input().name();
        List<String> notes = new ArrayList<>();
        AccordApi.Answer answer = sent.answer();
        if (answer == null) {
            notes.add("no answer: " + sent.noAnswer() + "; events stored: " + stored);
            return new Outcome(scenario, 0, null, null, 0, sent.took(), Verdict.FAIL, notes);
        }
        notes.add("answered " + answer.status() + problem(answer) + "; events stored: " + stored);
        int serverError = answer.status() >= 500 ? 1 : 0;
        Verdict verdict;
        if (answer.status() >= 400 && answer.status() < 500) {
            verdict = stored == 0 ? Verdict.PASS : Verdict.FAIL;
            if (stored > 0) {
                notes.add("refused, yet the ledger holds what it refused");
            }
        } else if (answer.ok()) {
            if (probe != null) {
                notes.add(probe.describe());
                verdict = probe.moving() ? Verdict.PASS : Verdict.FAIL;
            } else {
                notes.add("accepted after the read models had stopped (" + stoppedBy + "): not judged on its own");
                verdict = Verdict.UNJUDGED;
            }
        } else {
            verdict = Verdict.FAIL;
        }
        return new Outcome(scenario, answer.ok() ? 1 : 0, null, null, serverError, answer.took(), verdict, notes);
    }

    private Sent send(Prepared prepared) {
        String path = prepared.input().path().replace("{project}", String.valueOf(prepared.projectId()));
        ObjectNode body = prepared.input().body().apply(prepared.marker());
        long started = System.nanoTime();
        try {
            AccordApi.Answer answer = api.call("POST", path, itMember, body, settings.poisonTimeout());
            return new Sent(prepared, answer, null, answer.took());
        } catch (HttpTimeoutException timeout) {
            return new Sent(
                    prepared,
                    null,
                    "none within " + settings.poisonTimeout().toSeconds() + " s",
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException broken) {
            return new Sent(prepared, null, broken.toString(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The events the input left: on its project after the preparation, or carrying its marker. */
    private long stored(Prepared prepared, long roundStart) throws SQLException {
        try (Connection db = database.connect()) {
            PreparedStatement count;
            if (prepared.projectId() != null) {
                count = db.prepareStatement("SELECT count(*) FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number > ?");
                count.setString(1, prepared.projectId());
                count.setLong(2, prepared.lastSequence());
            } else {
                count = db.prepareStatement("SELECT count(*) FROM domain_event_entry "
                        + "WHERE global_index > ? AND position(? IN payload) > 0");
                count.setLong(1, roundStart);
                count.setBytes(2, prepared.marker().getBytes(StandardCharsets.UTF_8));
            }
            try (count;
                    ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** A project in the state the input needs, made through the API before the round begins. */
    private Prepared prepare(PoisonInput input, String marker) throws Exception {
        if (input.needs() == Needs.NOTHING) {
            return new Prepared(input, marker, null, -1);
        }
        ObjectNode proposal = AccordApi.json()
                .createObjectNode()
                .put("title", "Poison " + marker + ": " + input.name())
                .put("fiscalYear", YearMonth.now().getYear());
        proposal.set("requestedBudget", Writer.money(1_000));
        JsonNode proposed = api.post(itMember, "/api/projects", proposal);
        String project = proposed.get("id").asText();
        String base = "/api/projects/" + project;
        switch (input.needs()) {
            case ESTIMATED_PROJECT -> api.post(itMember, base + "/estimates", estimate(80_000));
            case PROJECT_COSTING_ONE -> api.post(itMember, base + "/estimates", estimate(1));
            case ACTIVE_PROJECT -> {
                ObjectNode approval = AccordApi.json().createObjectNode().put("version", 1);
                String approvals = base + "/changes/" + proposed.get("changeId").asText() + "/approvals";
                api.post(financeMember, approvals, approval);
                api.post(secondItMember, approvals, approval);
            }
            default -> {}
        }
        return new Prepared(input, marker, project, lastSequence(project));
    }

    private static ObjectNode estimate(long oneTimeCost) {
        ObjectNode estimate =
                AccordApi.json().createObjectNode().put("horizonYears", 1).put("assumptions", "");
        estimate.set("oneTimeCost", Writer.money(oneTimeCost));
        estimate.set("recurringYearlyCost", Writer.money(0));
        estimate.set("low", Writer.money(oneTimeCost));
        estimate.set("high", Writer.money(oneTimeCost));
        return estimate;
    }

    private long lastSequence(String project) throws SQLException {
        try (Connection db = database.connect();
                PreparedStatement max = db.prepareStatement(
                        "SELECT coalesce(max(sequence_number), -1) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            max.setString(1, project);
            try (ResultSet result = max.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The problem's field and detail, when the answer is an RFC 7807 problem. */
    private static String problem(AccordApi.Answer answer) {
        if (answer.ok()) {
            return "";
        }
        JsonNode problem = answer.json();
        String field = problem.path("field").asText("");
        String detail = problem.path("detail").asText(problem.path("title").asText(answer.text()));
        return (field.isEmpty() ? " " : " (field " + field + ") ") + "\"" + detail + "\"";
    }
}
