package dev.accord.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.ServerDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real events, written by the application for a project walked through the API (proposed by an IT member,
 * estimated, approved by Finance and by a second IT member, commented on, actuals recorded), then read back
 * from the event table byte for byte. Synthetic histories are made from these rows, so they are stored exactly
 * as the application stores events: same payload types, revisions, JSON shape and metadata.
 */
record CapturedEvents(
        UUID projectId,
        UUID changeId,
        /* The project's events up to and including the decision that made it ACTIVE. */
        List<EventRow> opening,
        /* The year's BudgetAllocated that the decision wrote in the Portfolio stream, just before it took effect. */
        EventRow allocation,
        long allocationSequence,
        EventRow comment,
        EventRow estimate,
        EventRow actuals) {

    static final String IT_MEMBER = "bench-ida";
    static final String IT_APPROVER = "bench-ivo";
    static final String FINANCE_MEMBER = "bench-fay";

    /** Walks one project through the API as three members and captures what was stored. */
    static CapturedEvents capture(AccordApi api, ServerDatabase database) throws IOException, SQLException {
        ObjectMapper json = AccordApi.json();
        int year = YearMonth.now().getYear();
        ObjectNode proposal = json.createObjectNode()
                .put("title", "Benchmark template")
                .put("description", "Captured to seed synthetic histories")
                .put("sponsor", "Operations")
                .put("fiscalYear", year);
        proposal.putArray("processesImproved").add("Invoice approval");
        proposal.putArray("companyObjectives").add("Shorter month-end close");
        proposal.putArray("itObjectives").add("Retire the legacy workflow server");
        proposal.set("requestedBudget", money("120000.00"));
        JsonNode proposed = api.post(IT_MEMBER, "/api/projects", proposal);
        UUID project = UUID.fromString(proposed.get("id").asText());
        String changeId = proposed.get("changeId").asText();
        String base = "/api/projects/" + project;

        ObjectNode estimate = json.createObjectNode().put("horizonYears", 5).put("assumptions", "Two releases");
        estimate.set("oneTimeCost", money("100000.00"));
        estimate.set("recurringYearlyCost", money("5000.00"));
        estimate.set("low", money("90000.00"));
        estimate.set("high", money("130000.00"));
        api.post(IT_MEMBER, base + "/estimates", estimate);
        ObjectNode approval = json.createObjectNode().put("version", 1).put("comment", "Figures checked");
        api.post(FINANCE_MEMBER, base + "/changes/" + changeId + "/approvals", approval);
        api.post(IT_APPROVER, base + "/changes/" + changeId + "/approvals", approval);
        api.post(
                FINANCE_MEMBER,
                base + "/comments",
                json.createObjectNode().put("text", "Please attach the supplier's quote to the next estimate."));
        ObjectNode actuals =
                json.createObjectNode().put("period", YearMonth.now().toString());
        actuals.set("spend", money("1000.00"));
        api.post(IT_MEMBER, base + "/actuals", actuals);

        return read(database, project, UUID.fromString(changeId));
    }

    private static CapturedEvents read(ServerDatabase database, UUID project, UUID changeId) throws SQLException {
        List<EventRow> projectRows = new ArrayList<>();
        EventRow allocation = null;
        try (Connection db = database.connect();
                PreparedStatement select = db.prepareStatement("""
                SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                       payload_revision, payload, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? OR payload_type LIKE '%.BudgetAllocated'
                ORDER BY global_index""")) {
            select.setString(1, project.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    EventRow row = new EventRow(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getLong(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getBytes(8),
                            rows.getBytes(9));
                    if (row.eventName().equals("BudgetAllocated")) {
                        allocation = row;
                    } else {
                        projectRows.add(row);
                    }
                }
            }
        }
        int tookEffect = indexOf(projectRows, "ChangeTookEffect");
        if (allocation == null || tookEffect < 0) {
            throw new IllegalStateException("The captured project did not become active: "
                    + projectRows.stream().map(EventRow::eventName).toList());
        }
        return new CapturedEvents(
                project,
                changeId,
                List.copyOf(projectRows.subList(0, tookEffect + 1)),
                allocation,
                allocation.sequenceNumber(),
                only(projectRows, "CommentAdded"),
                only(projectRows, "EstimateSubmitted"),
                only(projectRows, "ActualsRecorded"));
    }

    /** The number of estimates in the opening, so that synthetic ones continue its version numbers. */
    int estimatesInOpening() {
        return (int) opening.stream()
                .filter(row -> row.eventName().equals("EstimateSubmitted"))
                .count();
    }

    BigDecimal allocatedAmount() {
        try {
            return AccordApi.json()
                    .readTree(allocation.payload())
                    .get("allocation")
                    .get("amount")
                    .decimalValue();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static ObjectNode money(String amount) {
        return AccordApi.json().createObjectNode().put("amount", amount).put("currency", "EUR");
    }

    private static int indexOf(List<EventRow> rows, String eventName) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).eventName().equals(eventName)) {
                return i;
            }
        }
        return -1;
    }

    private static EventRow only(List<EventRow> rows, String eventName) {
        return rows.stream()
                .filter(row -> row.eventName().equals(eventName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + eventName + " was captured"));
    }
}
