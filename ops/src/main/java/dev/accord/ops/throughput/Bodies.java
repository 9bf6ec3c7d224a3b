package dev.accord.ops.throughput;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import java.time.LocalDate;
import java.time.Year;
import java.util.Random;
import java.util.UUID;

/** The JSON bodies of the commands the benchmark sends, with figures in the ranges a real project has. */
final class Bodies {

    private static final String[] KINDS = {"BUDGET", "SCOPE", "TIMELINE"};

    private Bodies() {}

    static ObjectNode proposal(int number, Random random) {
        ObjectNode body = object().put("title", "Throughput project " + number)
                .put(
                        "description",
                        "Seeded by the throughput benchmark: replace the invoice workflow of unit " + number)
                .put("sponsor", "Operations")
                .put("fiscalYear", Year.now().getValue());
        body.putArray("processesImproved").add("Invoice approval");
        body.putArray("companyObjectives").add("Shorter month-end close");
        body.putArray("itObjectives").add("Retire the legacy workflow server");
        body.set("requestedBudget", money(50_000 + random.nextInt(150_000)));
        return body;
    }

    static ObjectNode estimate(Random random) {
        long oneTime = 20_000 + random.nextInt(180_000);
        ObjectNode body = object().put("horizonYears", 1 + random.nextInt(5))
                .put("assumptions", "Two releases, one supplier, the current team of " + (2 + random.nextInt(8)));
        body.set("oneTimeCost", money(oneTime));
        body.set("recurringYearlyCost", money(1_000 + random.nextInt(20_000)));
        body.set("low", money(oneTime * 9 / 10));
        body.set("high", money(oneTime * 13 / 10));
        return body;
    }

    static ObjectNode roiCase(Random random) {
        ObjectNode body = object();
        ObjectNode benefit = body.putArray("benefits").addObject();
        benefit.put("category", "COST_SAVING")
                .put("metric", "Hours of manual invoice handling a month")
                .put("target", "-" + (100 + random.nextInt(400)) + " h");
        benefit.set("yearlyAmount", money(10_000 + random.nextInt(90_000)));
        return body;
    }

    static ObjectNode comment(Random random) {
        return object().put(
                        "text",
                        "Checked against the supplier's quote of week " + (1 + random.nextInt(52))
                                + "; the figures hold, the timeline needs a second look.");
    }

    static ObjectNode commentOnChange(UUID change, Random random) {
        ObjectNode body = comment(random);
        body.putObject("subject").put("kind", "CHANGE").put("id", change.toString());
        return body;
    }

    /** A BUDGET, SCOPE or TIMELINE change, the kinds an active project takes again and again. */
    static ObjectNode changeRequest(Random random) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        ObjectNode body = object().put("kind", kind).put("rationale", "Re-planned after the quarterly review");
        switch (kind) {
            case "BUDGET" -> body.set("budget", money(50_000 + random.nextInt(200_000)));
            case "SCOPE" -> body.put("scope", "Adds the supplier portal to the first release");
            default ->
                body.put(
                        "targetDate",
                        LocalDate.now().plusDays(30 + random.nextInt(700)).toString());
        }
        return body;
    }

    static ObjectNode approval(int version) {
        return object().put("version", version).put("comment", "Figures checked");
    }

    static ObjectNode token() {
        return object().put("name", "throughput benchmark").put("expiresInDays", 1);
    }

    private static ObjectNode money(long amount) {
        return object().put("amount", amount + ".00").put("currency", "EUR");
    }

    private static ObjectNode object() {
        return AccordApi.json().createObjectNode();
    }
}
