package dev.accord.ops.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the read models still move: an ordinary proposal, then every read model it should appear in, as a user
 * reads them through the API (the projects list, the project page, its timeline, what awaits Finance, the year's
 * portfolio), until all show it or the patience runs out after the proposal's answer.
 */
final class ReadModelProbe {

    /** The read models that did not show the probe in time (none: they move), and how long the proposal took. */
    record Result(List<String> stale, Duration proposalTook, String failure) {
        boolean moving() {
            return failure == null && stale.isEmpty();
        }

        String describe() {
            if (failure != null) {
                return "the probe's proposal failed: " + failure;
            }
            return stale.isEmpty()
                    ? "a later proposal was in every read model (its answer took " + ResultsTable.duration(proposalTook)
                            + ")"
                    : "a later proposal (answered after " + ResultsTable.duration(proposalTook)
                            + ") was still missing from: " + String.join(", ", stale);
        }
    }

    private final AccordApi api;
    private final String itMember;
    private final String financeMember;
    private final Duration patience;
    private int probes;

    ReadModelProbe(AccordApi api, String itMember, String financeMember, Duration patience) {
        this.api = api;
        this.itMember = itMember;
        this.financeMember = financeMember;
        this.patience = patience;
    }

    Result probe(String runId) throws InterruptedException {
        int year = YearMonth.now().getYear();
        ObjectNode proposal = AccordApi.json()
                .createObjectNode()
                .put("title", "Probe " + runId + "-" + (++probes) + ": do the read models move?")
                .put("fiscalYear", year);
        proposal.set("requestedBudget", Writer.money(1_000));
        String id;
        Duration took;
        try {
            AccordApi.Answer answer = api.call("POST", "/api/projects", itMember, proposal, Duration.ofSeconds(60));
            if (!answer.ok()) {
                return new Result(List.of(), answer.took(), answer.status() + " " + answer.text());
            }
            id = answer.json().get("id").asText();
            took = answer.took();
        } catch (IOException noAnswer) {
            return new Result(List.of(), null, noAnswer.toString());
        }
        List<Reading> stale = new ArrayList<>(List.of(
                new Reading("projects list", itMember, "/api/projects"),
                new Reading("project page", itMember, "/api/projects/" + id),
                new Reading("timeline", itMember, "/api/projects/" + id + "/timeline"),
                new Reading("approvals awaiting Finance", financeMember, "/api/approvals/pending"),
                new Reading("portfolio " + year, itMember, "/api/portfolio/" + year)));
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            stale.removeIf(reading -> reading.shows(api, id));
            if (stale.isEmpty() || System.nanoTime() > deadline) {
                return new Result(stale.stream().map(Reading::readModel).toList(), took, null);
            }
            Thread.sleep(250);
        }
    }

    /** One read model as a user reads it. */
    private record Reading(String readModel, String user, String path) {

        /** It answers 200 and names the project (the timeline: with an entry). */
        boolean shows(AccordApi api, String projectId) {
            try {
                AccordApi.Answer answer = api.call("GET", path, user, null, Duration.ofSeconds(10));
                return answer.status() == 200
                        && (path.endsWith("/timeline")
                                ? answer.json().size() > 0
                                : new String(answer.body(), StandardCharsets.UTF_8).contains(projectId));
            } catch (IOException noAnswer) {
                return false;
            }
        }
    }
}
