package dev.accord.ops.fault;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.CatchUp;
import dev.accord.ops.harness.LedgerDatabase;
import dev.accord.ops.harness.Rebuild;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether the read models that lived through the faults equal what the events alone give: every table's rows,
 * once the projections have caught up, against the same tables after Accord's own rebuild (POST
 * /api/admin/rebuild replays every event into new tables and swaps them in).
 * <p>
 * Which tables are read models is the rebuild's to say: the tables it swapped in are new relations, so their
 * object ids change; those are compared. The event store and the processors' tokens are not read models and are
 * not read (the rebuild itself appends an event).
 */
final class ReadModelComparison {

    static final String SCENARIO = "read models equal a rebuild from the events";

    private static final Set<String> NOT_READ =
            Set.of("domain_event_entry", "snapshot_event_entry", "token_entry", "flyway_schema_history");

    private record Table(long oid, List<String> rows) {}

    private ReadModelComparison() {}

    static Outcome compare(LedgerDatabase database, AccordApi api, String admin, Duration rebuildTimeout)
            throws Exception {
        Duration caughtUp = CatchUp.await(database, Duration.ofMinutes(3));
        Map<String, Table> live = snapshot(database);
        long started = System.nanoTime();
        Rebuild.Result rebuild = Rebuild.run(api, admin, rebuildTimeout);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<String> notes = new ArrayList<>();
        notes.add("projections caught up %.1f s after the writers stopped; rebuild %s in %.1f s (%,d events)"
                .formatted(
                        caughtUp.toMillis() / 1000.0,
                        rebuild.state(),
                        took.toMillis() / 1000.0,
                        rebuild.eventsReplayed()));
        if (!rebuild.state().equals("DONE")) {
            notes.add("the rebuild did not finish: " + rebuild.message());
            return new Outcome(SCENARIO, null, null, null, null, null, Verdict.FAIL, notes);
        }
        Map<String, Table> rebuilt = snapshot(database);
        Map<String, String> differences = new LinkedHashMap<>();
        List<String> compared = new ArrayList<>();
        List<String> notRebuilt = new ArrayList<>();
        for (Map.Entry<String, Table> table : live.entrySet()) {
            Table after = rebuilt.get(table.getKey());
            if (after == null || after.oid() == table.getValue().oid()) {
                notRebuilt.add(table.getKey());
                continue;
            }
            compared.add("%s (%,d rows)".formatted(table.getKey(), after.rows().size()));
            String difference = difference(table.getValue().rows(), after.rows());
            if (difference != null) {
                differences.put(table.getKey(), difference);
            }
        }
        notes.add("compared row for row: " + String.join(", ", compared));
        notes.add("not swapped by the rebuild, so not compared: " + String.join(", ", notRebuilt));
        differences.forEach((table, difference) -> notes.add(table + " differs: " + difference));
        Verdict verdict = compared.isEmpty() ? Verdict.UNJUDGED : differences.isEmpty() ? Verdict.PASS : Verdict.FAIL;
        if (compared.isEmpty()) {
            notes.add("the rebuild swapped in no table, so nothing could be compared");
        }
        return new Outcome(SCENARIO, null, null, null, null, null, verdict, notes);
    }

    /** Every table of the public schema but the ledger's own: its object id and its rows as JSON, in order. */
    private static Map<String, Table> snapshot(LedgerDatabase database) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        try (Connection db = database.connect();
                Statement sql = db.createStatement()) {
            Map<String, Long> oids = new HashMap<>();
            try (ResultSet names = sql.executeQuery("SELECT c.relname, c.oid FROM pg_class c JOIN pg_namespace n "
                    + "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")) {
                while (names.next()) {
                    oids.put(names.getString(1), names.getLong(2));
                }
            }
            for (Map.Entry<String, Long> table : oids.entrySet()) {
                if (NOT_READ.contains(table.getKey())) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet content = sql.executeQuery(
                        "SELECT row_to_json(t)::text AS r FROM public.\"" + table.getKey() + "\" t ORDER BY r")) {
                    while (content.next()) {
                        rows.add(content.getString(1));
                    }
                }
                tables.put(table.getKey(), new Table(table.getValue(), rows));
            }
        }
        return tables;
    }

    /** Null when equal; otherwise the counts and one row found on one side only. */
    private static String difference(List<String> live, List<String> rebuilt) {
        if (live.equals(rebuilt)) {
            return null;
        }
        List<String> onlyLive = without(live, rebuilt);
        List<String> onlyRebuilt = without(rebuilt, live);
        return "%,d rows live, %,d rebuilt; %,d only live%s, %,d only rebuilt%s"
                .formatted(
                        live.size(),
                        rebuilt.size(),
                        onlyLive.size(),
                        onlyLive.isEmpty() ? "" : " (e.g. " + cut(onlyLive.get(0)) + ")",
                        onlyRebuilt.size(),
                        onlyRebuilt.isEmpty() ? "" : " (e.g. " + cut(onlyRebuilt.get(0)) + ")");
    }

    /** The rows of the first list that the second lacks, counting duplicates. */
    private static List<String> without(List<String> rows, List<String> others) {
        Map<String, Integer> left = new HashMap<>();
        others.forEach(row -> left.merge(row, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            if (left.merge(row, -1, Integer::sum) < 0) {
                missing.add(row);
            }
        }
        return missing;
    }

    private static String cut(String row) {
        return row.length() > 400 ? row.substring(0, 400) + "…" : row;
    }
}
