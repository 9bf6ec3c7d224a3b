package dev.accord.ops.fault;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * An input that the domain accepted on main at the time of issue 11 and that a read model's column, or the server,
 * could not take: each is sent once, by a member, to a project of its own where it needs one.
 *
 * @param path the request's path; {@code {project}} stands for the project made for the input
 * @param body the request's body for the input's marker (a text the ledger can be searched for)
 */
record PoisonInput(String name, Needs needs, String path, Function<String, ObjectNode> body) {

    /** What the input is sent to. */
    enum Needs {
        /** Nothing: the input is a proposal. */
        NOTHING,
        /** A proposed project. */
        PROPOSED_PROJECT,
        /** A proposed project with an ordinary estimate. */
        ESTIMATED_PROJECT,
        /** A proposed project estimated at a one-time cost of 1.00 and nothing a year. */
        PROJECT_COSTING_ONE,
        /** An active project: its initial budget approved by Finance and IT. */
        ACTIVE_PROJECT
    }

    private static final String PROPOSALS = "/api/projects";
    private static final String COMMENTS = "/api/projects/{project}/comments";
    private static final String ROI_CASE = "/api/projects/{project}/roi";
    private static final String ACTUALS = "/api/projects/{project}/actuals";
    private static final String CHANGES = "/api/projects/{project}/changes";

    /**
     * Every poison input of issue 11. Bounded input comes first: on a build where one of the others stops the read
     * models, what is sent after it can no longer be judged on its own.
     */
    static List<PoisonInput> all() {
        return List.of(
                new PoisonInput(
                        "an amount string of 1,000,000 digits",
                        Needs.NOTHING,
                        PROPOSALS,
                        marker -> proposal(marker + " million digits")
                                .set(
                                        "requestedBudget",
                                        AccordApi.json()
                                                .createObjectNode()
                                                .put("amount", "1" + "0".repeat(999_999))
                                                .put("currency", "EUR"))),
                new PoisonInput(
                        "a request body of 20 MB (a comment's text)",
                        Needs.PROPOSED_PROJECT,
                        COMMENTS,
                        marker -> text(marker + " " + "x".repeat(20_000_000))),
                new PoisonInput("a list of 100,000 processes in a proposal", Needs.NOTHING, PROPOSALS, marker -> {
                    ObjectNode proposal = proposal(marker + " long list");
                    ArrayNode processes = proposal.putArray("processesImproved");
                    for (int i = 0; i < 100_000; i++) {
                        processes.add("Process " + i);
                    }
                    return proposal;
                }),
                new PoisonInput("an ROI case of 100,000 benefits", Needs.ESTIMATED_PROJECT, ROI_CASE, marker -> {
                    ObjectNode roi = AccordApi.json().createObjectNode();
                    ArrayNode benefits = roi.putArray("benefits");
                    for (int i = 0; i < 100_000; i++) {
                        benefits.add(benefit(marker + " metric " + i, 10));
                    }
                    return roi;
                }),
                new PoisonInput(
                        "a control character (BEL, U+0007) in a comment",
                        Needs.PROPOSED_PROJECT,
                        COMMENTS,
                        marker -> text(marker + " rings a bell \u0007")),
                new PoisonInput(
                        "NUL (U+0000) in a title",
                        Needs.NOTHING,
                        PROPOSALS,
                        marker -> proposal(marker + " holds a NUL \u0000 here")),
                new PoisonInput(
                        "NUL (U+0000) in a comment",
                        Needs.PROPOSED_PROJECT,
                        COMMENTS,
                        marker -> text(marker + " holds a NUL \u0000 here")),
                new PoisonInput(
                        "a sponsor of 1,000 characters (its column holds 200)",
                        Needs.NOTHING,
                        PROPOSALS,
                        marker -> proposal(marker + " long sponsor").put("sponsor", "S".repeat(1_000))),
                new PoisonInput(
                        "an ROI case of 10^9 a year on a cost of 1.00", Needs.PROJECT_COSTING_ONE, ROI_CASE, marker -> {
                            ObjectNode roi = AccordApi.json().createObjectNode();
                            roi.putArray("benefits").add(benefit(marker + " savings", 1_000_000_000L));
                            return roi;
                        }),
                new PoisonInput(
                        "actuals for the month -10000-01 (PostgreSQL's dates begin in 4713 BC)",
                        Needs.ACTIVE_PROJECT,
                        ACTUALS,
                        marker -> {
                            ObjectNode actuals =
                                    AccordApi.json().createObjectNode().put("period", "-10000-01");
                            actuals.set("spend", Writer.money(1));
                            return actuals;
                        }),
                new PoisonInput("actuals with the business date -5000-01-01", Needs.ACTIVE_PROJECT, ACTUALS, marker -> {
                    ObjectNode actuals = AccordApi.json()
                            .createObjectNode()
                            .put("period", YearMonth.now().toString())
                            .put("businessDate", "-5000-01-01");
                    actuals.set("spend", Writer.money(1));
                    return actuals;
                }),
                new PoisonInput(
                        "a TIMELINE change to end on -5000-01-01",
                        Needs.ACTIVE_PROJECT,
                        CHANGES,
                        marker -> AccordApi.json()
                                .createObjectNode()
                                .put("kind", "TIMELINE")
                                .put("targetDate", "-5000-01-01")
                                .put("rationale", marker + " the far past")));
    }

    private static ObjectNode proposal(String title) {
        ObjectNode proposal = AccordApi.json()
                .createObjectNode()
                .put("title", title)
                .put("fiscalYear", YearMonth.now().getYear());
        proposal.set("requestedBudget", Writer.money(1_000));
        return proposal;
    }

    private static ObjectNode text(String text) {
        return AccordApi.json().createObjectNode().put("text", text);
    }

    private static ObjectNode benefit(String metric, long yearlyAmount) {
        ObjectNode benefit = AccordApi.json()
                .createObjectNode()
                .put("category", "COST_SAVING")
                .put("metric", metric)
                .put("target", "as planned");
        benefit.set("yearlyAmount", Writer.money(yearlyAmount));
        return benefit;
    }
}
