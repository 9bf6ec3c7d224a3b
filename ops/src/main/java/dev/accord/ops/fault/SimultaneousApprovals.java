package dev.accord.ops.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.LedgerDatabase;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many members approving one change at the same moment: each has its request ready and all are released by one
 * latch. Expected: exactly one outcome (the change takes effect once), every answer within 2 s with 2xx or 409,
 * never a 5xx or a timeout, and every approval answered 2xx in the ledger exactly once.
 */
final class SimultaneousApprovals {

    static final String SCENARIO = "%d simultaneous approvals of one change";
    private static final Duration LIMIT = Duration.ofSeconds(2);

    /** One member's approval: the answer, or why there was none, timed from the release. */
    private record Approval(String member, int status, boolean tookEffect, Duration took, String failure) {}

    private final FaultSettings settings;
    private final AccordApi api;
    private final LedgerDatabase database;
    private final String requester;
    private final List<String> approvers;

    SimultaneousApprovals(
            FaultSettings settings, AccordApi api, LedgerDatabase database, String requester, List<String> approvers) {
        this.settings = settings;
        this.api = api;
        this.database = database;
        this.requester = requester;
        this.approvers = approvers;
    }

    Outcome run() throws Exception {
        ObjectNode proposal = AccordApi.json()
                .createObjectNode()
                .put("title", "Fault run: " + approvers.size() + " approvals at once")
                .put("fiscalYear", YearMonth.now().getYear());
        proposal.set("requestedBudget", Writer.money(25_000));
        JsonNode proposed = api.post(requester, "/api/projects", proposal);
        String project = proposed.get("id").asText();
        String change = proposed.get("changeId").asText();
        String path = "/api/projects/" + project + "/changes/" + change + "/approvals";

        ExecutorService members = Executors.newFixedThreadPool(approvers.size());
        try {
            // Every member has been signed in and has a connection open before the release, as people at their
            // desks would; this also warms whatever the server keeps per user.
            List<Future<?>> warmUps = new ArrayList<>();
            for (String member : approvers) {
                warmUps.add(members.submit(
                        () -> api.call("GET", "/api/approvals/pending", member, null, Duration.ofSeconds(60))));
            }
            for (Future<?> warmUp : warmUps) {
                warmUp.get();
            }
            CountDownLatch ready = new CountDownLatch(approvers.size());
            CountDownLatch go = new CountDownLatch(1);
            long[] released = new long[1];
            List<Future<Approval>> answers = new ArrayList<>();
            for (String member : approvers) {
                answers.add(members.submit(() -> approve(member, path, ready, go, released)));
            }
            ready.await();
            released[0] = System.nanoTime();
            go.countDown();
            List<Approval> approvals = new ArrayList<>();
            for (Future<Approval> answer : answers) {
                approvals.add(answer.get());
            }
            boolean abandoned = approvals.stream().anyMatch(approval -> approval.status() < 0);
            return judge(
                    approvals, abandoned ? settledDecisionEvents(project, change) : decisionEvents(project, change));
        } finally {
            members.shutdownNow();
        }
    }

    private Approval approve(String member, String path, CountDownLatch ready, CountDownLatch go, long[] released)
            throws InterruptedException {
        ObjectNode body = AccordApi.json().createObjectNode().put("version", 1).put("comment", "Approved by " + member);
        ready.countDown();
        go.await();
        try {
            AccordApi.Answer answer = api.call("POST", path, member, body, settings.approvalTimeout());
            return new Approval(
                    member,
                    answer.status(),
                    answer.ok() && answer.json().path("tookEffect").asBoolean(),
                    Duration.ofNanos(System.nanoTime() - released[0]),
                    answer.ok() || answer.status() == 409 ? null : answer.status() + " " + answer.text());
        } catch (HttpTimeoutException timeout) {
            return new Approval(
                    member,
                    -1,
                    false,
                    Duration.ofNanos(System.nanoTime() - released[0]),
                    "no answer within " + settings.approvalTimeout().toSeconds() + " s");
        } catch (IOException broken) {
            return new Approval(
                    member, -1, false, Duration.ofNanos(System.nanoTime() - released[0]), broken.toString());
        }
    }

    /**
     * The change's decision events once no more arrive: requests the client gave up on may still be waiting in the
     * server for the aggregate's lock, each perhaps for the read models (10 s) before the next gets it.
     */
    private List<JsonNode> settledDecisionEvents(String project, String change)
            throws SQLException, InterruptedException {
        long deadline =
                System.nanoTime() + settings.approvalTimeout().multipliedBy(3).toNanos();
        List<JsonNode> events = decisionEvents(project, change);
        long unchangedSince = System.nanoTime();
        while (System.nanoTime() < deadline
                && System.nanoTime() - unchangedSince < Duration.ofSeconds(12).toNanos()) {
            Thread.sleep(500);
            List<JsonNode> now = decisionEvents(project, change);
            if (now.size() != events.size()) {
                events = now;
                unchangedSince = System.nanoTime();
            }
        }
        return events;
    }

    private Outcome judge(List<Approval> approvals, List<JsonNode> events) {
        Map<String, Integer> storedApprovals = new HashMap<>();
        int tookEffect = 0;
        int rejected = 0;
        for (JsonNode event : events) {
            switch (event.path("event").asText()) {
                case "ChangeApproved" ->
                    storedApprovals.merge(
                            event.path("approvedBy").path("userId").asText(), 1, Integer::sum);
                case "ChangeTookEffect" -> tookEffect++;
                case "ChangeRejected" -> rejected++;
                default -> {}
            }
        }
        List<Approval> acknowledged = approvals.stream()
                .filter(approval -> approval.status() / 100 == 2)
                .toList();
        int lost = (int) acknowledged.stream()
                .filter(a -> !storedApprovals.containsKey(a.member()))
                .count();
        int duplicated = (int)
                storedApprovals.values().stream().filter(count -> count > 1).count();
        long unacknowledgedButStored = storedApprovals.keySet().stream()
                .filter(member ->
                        acknowledged.stream().noneMatch(a -> a.member().equals(member)))
                .count();
        int serverErrors = (int)
                approvals.stream().filter(approval -> approval.status() >= 500).count();
        long failures = approvals.stream()
                .filter(approval -> approval.failure() != null)
                .count();
        long slow = approvals.stream()
                .filter(approval -> approval.took().compareTo(LIMIT) > 0)
                .count();
        long saidTookEffect = acknowledged.stream().filter(Approval::tookEffect).count();
        Approval slowest =
                approvals.stream().max(Comparator.comparing(Approval::took)).orElseThrow();
        List<Duration> times = approvals.stream().map(Approval::took).sorted().toList();

        Map<String, Integer> statuses = new TreeMap<>();
        approvals.forEach(approval -> statuses.merge(
                approval.status() < 0 ? "no answer" : String.valueOf(approval.status()), 1, Integer::sum));
        List<String> notes = new ArrayList<>();
        notes.add("answers: " + statuses + "; within " + LIMIT.toSeconds() + " s: " + (approvals.size() - slow)
                + " of " + approvals.size() + "; median " + ResultsTable.duration(times.get(times.size() / 2))
                + ", slowest " + ResultsTable.duration(slowest.took()) + " (" + slowest.member() + ", "
                + (slowest.status() < 0 ? slowest.failure() : slowest.status()) + ")");
        notes.add("the ledger: %d ChangeTookEffect, %d ChangeRejected, %d ChangeApproved by %d members; %d answer(s)"
                        .formatted(
                                tookEffect,
                                rejected,
                                storedApprovals.values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum(),
                                storedApprovals.size(),
                                saidTookEffect)
                + " said the change took effect");
        if (unacknowledgedButStored > 0) {
            notes.add(unacknowledgedButStored + " approval(s) are in the ledger though their request was answered "
                    + "with an error or not at all");
        }
        approvals.stream()
                .filter(approval -> approval.failure() != null)
                .limit(3)
                .forEach(approval -> notes.add(approval.member() + ": " + approval.failure() + " after "
                        + ResultsTable.duration(approval.took())));
        boolean oneOutcome = tookEffect == 1 && rejected == 0 && saidTookEffect == 1;
        if (!oneOutcome) {
            notes.add("not exactly one outcome");
        }
        Verdict verdict =
                oneOutcome && failures == 0 && slow == 0 && lost == 0 && duplicated == 0 ? Verdict.PASS : Verdict.FAIL;
        return new Outcome(
                SCENARIO.formatted(approvals.size()),
                acknowledged.size(),
                lost,
                duplicated,
                serverErrors,
                slowest.took(),
                verdict,
                notes);
    }

    /** The change's decision events as JSON, each with its simple type name under "event". */
    private List<JsonNode> decisionEvents(String project, String change) throws SQLException {
        List<JsonNode> events = new ArrayList<>();
        try (Connection db = database.connect();
                PreparedStatement select = db.prepareStatement(
                        "SELECT payload_type, payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "ORDER BY sequence_number")) {
            select.setString(1, project);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = AccordApi.json().readTree(rows.getBytes(2));
                    if (change.equals(payload.path("changeId").asText())) {
                        String type = rows.getString(1);
                        ((ObjectNode) payload).put("event", type.substring(type.lastIndexOf('.') + 1));
                        events.add(payload);
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("An event payload is not JSON", unreadable);
        }
        return events;
    }
}
